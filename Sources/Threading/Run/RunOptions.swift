/// How to run a program.
@_spi(Harness) public struct RunOptions: Sendable {
    public var runtime: RuntimeKind
    public var schedule: SchedulePolicy
    /// The seed of `random` (a fresh generator per run).
    public var randomSeed: UInt64
    /// Simulated runtime: the run ends with `.stepLimitExceeded` after this many scheduling points.
    public var stepLimit: Int
    /// Simulated runtime: wall seconds a thread may run without reaching a scheduling point before the run ends with
    /// `.stepLimitExceeded` (that OS thread cannot be stopped; it is left behind).
    public var stallTimeout: Double
    /// Whether `.started/.blocked/.woke/.exited` events are recorded (output always is).
    public var recordsLifecycle: Bool
    /// How many events the run keeps at most: the first ones (output past it is still echoed). A caller that can show
    /// only so many (a transcript under an output limit) so holds none of a long run's per-step events.
    public var eventLimit: Int
    /// Receives every piece of output as it is printed (plain text, in order).
    public var echo: (@Sendable (StdStream, String) -> Void)?
    /// Set by `ExhaustiveSearch`: the search chooses the schedule (then `schedule` is ignored).
    var guide: SearchGuide?

    public init(
        runtime: RuntimeKind = .simulated, schedule: SchedulePolicy = .cpythonDefault, randomSeed: UInt64 = 0,
        stepLimit: Int = 1_000_000, stallTimeout: Double = 10, recordsLifecycle: Bool = true,
        eventLimit: Int = .max, echo: (@Sendable (StdStream, String) -> Void)? = nil
    ) {
        self.runtime = runtime
        self.schedule = schedule
        self.randomSeed = randomSeed
        self.stepLimit = stepLimit
        self.stallTimeout = stallTimeout
        self.recordsLifecycle = recordsLifecycle
        self.eventLimit = max(0, eventLimit)
        self.echo = echo
    }
}
