/// Which runtime executes a program.
public enum RuntimeKind: String, Sendable {
    /// OS threads scheduled by the OS, the real clock.
    case real
    /// One thread at a time on a virtual clock, in an order chosen by a `SchedulePolicy`: deterministic.
    case simulated
}
