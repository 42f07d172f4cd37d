/// What a cell's `explore=` option asks for: `explore=N` samples N schedules, `explore=all` searches every distinct
/// schedule (`docgen explore --exhaustive`), `explore=none` explores nothing. A cell without the option is searched
/// exhaustively when its default run has at most `automaticThreadLimit` threads (main thread included), and not
/// explored otherwise.
package enum ExploreOption: Sendable, Equatable, Hashable, ExpressibleByIntegerLiteral {
    /// `explore=N`: N random and PCT schedules, the first the default one.
    case schedules(Int)
    /// `explore=all`: every distinct schedule, up to the build's execution budget.
    case all
    /// `explore=none`: no exploration, whatever the thread count.
    case none

    /// Most threads a cell without an `explore=` option may have for the build to search it exhaustively.
    package static let automaticThreadLimit = 4

    package init(integerLiteral value: Int) {
        self = .schedules(value)
    }
}
