/// One part of a split search (`SearchParts`): the first steps every run of the part takes, each with the choices the
/// enumeration of the parts explored at its node before it. Below them the part is an optimal DPOR search of its own
/// (`ExhaustiveSearch.part`); of the classes it meets it counts those it owns (`SearchGuide.ownsRun`): each class is
/// counted by exactly one part.
@_spi(Search) public struct SearchPart: Sendable {
    /// The choices of the first steps, in order.
    public let choices: [Int]
    /// The choices explored before each of them at its node, with the footprint of their step there.
    let explored: [[(choice: Int, footprint: Footprint)]]
    /// How many of its first steps preempt a thread that could have gone on: a round of the search with a lower bound
    /// has no run of this part.
    let preemptions: Int
}
