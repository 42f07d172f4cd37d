/// Whether the sleeps and timed waits of one CPython run woke on time, as `PythonTagWrapper` measured them: on a
/// loaded machine they oversleep, and a run can then print an output CPython would not print on a quiet one.
package struct RunTiming: Sendable, Equatable {
    /// False when the interpreter could not time them (CPython before 3.12 has no `sys.monitoring`).
    package var timed: Bool
    /// How many sleeps and timed waits returned later than `PythonTagWrapper.lateness` allows.
    package var lateReturns: Int
    /// The latest of them in words (`time.sleep(0.5) returned after 0.812 s in thread MainThread`); empty when none.
    package var latest: String

    package init(timed: Bool, lateReturns: Int = 0, latest: String = "") {
        self.timed = timed
        self.lateReturns = lateReturns
        self.latest = latest
    }

    /// Whether a sleep or timed wait overslept: the run's output may be one only a loaded machine prints.
    package var disturbed: Bool { lateReturns > 0 }

    /// The rule in words, for messages: `max(20 ms, 10 %)`.
    package static var allowance: String {
        "max(\(Int(PythonTagWrapper.lateness.seconds * 1000)) ms, \(Int(PythonTagWrapper.lateness.share * 100)) %)"
    }
}
