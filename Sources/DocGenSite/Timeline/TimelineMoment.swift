/// When something happened in a run: its (virtual) time, and its position among all the run's events, which orders
/// things that happened at the same instant.
struct TimelineMoment: Equatable, Comparable {
    let time: Double
    /// The index of the event in the run's event list.
    let step: Int

    static func < (lhs: TimelineMoment, rhs: TimelineMoment) -> Bool { lhs.step < rhs.step }
}
