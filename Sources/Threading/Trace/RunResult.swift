/// How a run ended.
@_spi(Harness) public enum RunOutcome: Sendable, Equatable, Hashable {
    /// The main thread returned and every non-daemon thread finished.
    case completed
    /// No thread could run and no deadline was pending; `report` names each blocked thread, what it waits on and who
    /// holds it, one line each.
    case deadlock(report: String)
    /// The main thread threw; the text is `TypeName: message`, as Python prints the last traceback line.
    case uncaughtError(String)
    /// A thread ran too many steps without reaching a scheduling point (or the run exceeded its step budget).
    case stepLimitExceeded(String)
}

/// Everything a run produced: its events in order, how it ended, and the schedule string that replays it.
@_spi(Harness) public struct RunResult: Sendable, Equatable {
    public var events: [TraceEvent]
    public var outcome: RunOutcome
    /// A short string that, passed back as `SchedulePolicy.replay`, reproduces this run exactly (simulated runtime);
    /// `real` for the real runtime.
    public var schedule: String

    public init(events: [TraceEvent], outcome: RunOutcome, schedule: String) {
        self.events = events
        self.outcome = outcome
        self.schedule = schedule
    }

    /// Exactly what the program wrote to `stream`, in order.
    public func text(of stream: StdStream) -> String {
        var text = ""
        for case let .output(s, t) in events.map(\.kind) where s == stream { text += t }
        return text
    }
}
