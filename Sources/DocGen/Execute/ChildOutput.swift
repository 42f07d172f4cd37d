/// Everything a finished child left behind.
struct ChildOutput: Sendable, Equatable {
    enum Termination: Sendable, Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    var termination: Termination
    var standardOutput: [UInt8]
    var standardError: [UInt8]
}
