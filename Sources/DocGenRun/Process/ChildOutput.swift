/// Everything a finished child left behind.
struct ChildOutput: Sendable, Equatable {
    enum Termination: Sendable, Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    var termination: Termination
    var standardOutput: [UInt8]
    var standardError: [UInt8]

    /// True when the child died of a signal.
    var isSignaled: Bool {
        if case .signaled = termination { true } else { false }
    }
}
