@_spi(Harness) import Threading

extension RunOutcome {
    /// ", ending in deadlock" and the like, to append to a description of the run; empty for a completed run.
    package var endingNote: String {
        switch self {
        case .completed: ""
        case .deadlock: ", ending in deadlock"
        case .uncaughtError(let message): ", ending with \(message)"
        case .stepLimitExceeded: ", stopped by the step limit"
        }
    }
}
