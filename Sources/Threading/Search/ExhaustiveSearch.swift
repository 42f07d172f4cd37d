/// Runs a program under every schedule of the simulated runtime that can give a different result: a systematic
/// depth-first search of its scheduling choices (which thread runs at each scheduling point, and so in which order the
/// threads woken at one virtual instant run), where sleep sets skip interleavings that only reorder commuting steps
/// (steps that touch no common primitive and do not both write output). Each execution's replay string
/// (`RunResult.schedule`, a `c` list) reproduces it with `SchedulePolicy.replay`.
///
/// A time-out that can race a notification (a timed `wait`, `acquire`, `get`, `join`) is a choice of its own: when it
/// falls due at the same virtual instant as other threads' steps, either may come first (a plain `time.sleep` just
/// ends). The CPython-like default, random and PCT schedules fire every timer due at an instant together.
///
/// Complete only when every branch was explored: neither `maxExecutions` nor `preemptionBound` cut it short. The
/// outputs of a complete search are all the program can print provided its threads share mutable state only through
/// Threading's primitives, output, `@Shared` variables, or plain variables a primitive guards (data-race free): a
/// plain variable threads race on is not seen, so reorderings that change what it holds may be taken as equivalent.
@_spi(Search) public struct ExhaustiveSearch: Sendable {
    /// Stop after this many executions (nil: no limit).
    public var maxExecutions: Int?
    /// Explore only schedules with at most this many preemptions (switching away from a thread that could go on).
    public var preemptionBound: Int?
    /// Options of every run; `runtime` and `schedule` are set by the search.
    public var options: RunOptions

    public init(maxExecutions: Int? = nil, preemptionBound: Int? = nil, options: RunOptions = RunOptions()) {
        self.maxExecutions = maxExecutions
        self.preemptionBound = preemptionBound
        self.options = options
    }

    /// Explores `main`, calling `visit` with each execution's result and its number of preemptions, in search order.
    public func run(_ main: @escaping @Sendable () throws -> Void, visit: (RunResult, Int) -> Void) -> SearchSummary {
        let guide = SearchGuide(preemptionBound: preemptionBound)
        var runOptions = options
        runOptions.runtime = .simulated
        runOptions.schedule = .cpythonDefault
        runOptions.guide = guide
        var executions = 0
        var cutShort = 0
        var exhausted = false
        while true {
            let result = runProgram(runOptions, main: main)
            if !guide.pruned {
                executions += 1
                visit(result, guide.preemptions)
            } else {
                cutShort += 1
            }
            if !guide.advance() {
                exhausted = true
                break
            }
            if let maxExecutions, executions >= maxExecutions { break }
        }
        return SearchSummary(
            executions: executions, cutShort: cutShort, complete: exhausted && !guide.boundHit && !guide.diverged,
            boundHit: guide.boundHit, diverged: guide.diverged)
    }
}

/// How an exhaustive search went.
@_spi(Search) public struct SearchSummary: Sendable, Equatable {
    /// Executions run to their end (schedules cut short as redundant are not counted).
    public let executions: Int
    /// Runs the sleep sets cut short (every choice left was redundant): work done besides `executions`.
    public let cutShort: Int
    /// True when every distinct schedule was explored: the outputs seen are all the program can print.
    public let complete: Bool
    /// True when the preemption bound kept some schedules unexplored.
    public let boundHit: Bool
    /// True when re-running a schedule prefix made other choices: the program is not deterministic given its schedule.
    public let diverged: Bool
}
