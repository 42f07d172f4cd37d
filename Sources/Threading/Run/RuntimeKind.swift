/// Which runtime executes a program.
@_spi(Harness) public enum RuntimeKind: String, Sendable {
    /// OS threads scheduled by the OS, the real clock.
    case real
    /// One thread at a time on a virtual clock, in an order chosen by a `SchedulePolicy`: deterministic.
    case simulated
}
