/// How a thread's lane ends on the timeline.
enum LaneEnding: Equatable {
    /// The thread exited (or, for the main thread of a completed run, its run ended normally).
    case finished
    /// The run ended in a deadlock while this thread was blocked.
    case deadlocked
    /// The run completed without this thread: a daemon thread, abandoned when the main thread finished.
    case abandoned
    /// The run stopped (error, step limit, or unknown outcome) while this thread was still alive.
    case stopped

    /// The words drawn after the lane's end, or nil for a normal end.
    var marker: String? {
        switch self {
        case .finished: nil
        case .deadlocked: "deadlock"
        case .abandoned: "abandoned"
        case .stopped: "stopped"
        }
    }
}
