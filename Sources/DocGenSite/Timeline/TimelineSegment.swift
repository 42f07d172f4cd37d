/// A stretch of one thread's life: running (alive and not blocked) or blocked on something.
struct TimelineSegment: Equatable {
    enum State: Equatable {
        case running
        /// Blocked; `target` is the text of `TraceEvent.Kind.blocked(on:)`.
        case blocked(target: String)
    }

    let start: TimelineMoment
    let end: TimelineMoment
    let state: State

    /// Whether `moment` falls within this segment (ends included).
    func contains(_ moment: TimelineMoment) -> Bool { start <= moment && moment <= end }
}
