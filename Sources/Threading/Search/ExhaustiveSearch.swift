/// Runs a program under every schedule of the simulated runtime that can give a different result: an optimal dynamic
/// partial-order reduction (source sets with wakeup trees, Abdulla et al. POPL'14) over its scheduling choices (which
/// thread runs at each scheduling point, and so in which order the threads woken at one virtual instant run). It runs
/// one execution per Mazurkiewicz class: two schedules that only reorder commuting steps (steps that touch no common
/// primitive or `@Shared` variable and do not both write output) count once. Each execution's replay string
/// (`RunResult.schedule`, a `c` list) reproduces it with `SchedulePolicy.replay`. Memory grows with the length of one
/// run, not with the number of runs.
///
/// A time-out that can race a notification (a timed `wait`, `acquire`, `get`, `join`) is a choice of its own: when it
/// falls due at the same virtual instant as other threads' steps, either may come first (a plain `time.sleep` just
/// ends). The CPython-like default, random and PCT schedules fire every timer due at an instant together.
///
/// Complete only when every branch was explored: neither a budget (`maxExecutions`, `maxSeconds`) nor
/// `preemptionBound` cut it short. The outputs of a complete search are all the program can print provided its threads
/// share mutable state only through Threading's primitives, output, `@Shared` variables, or plain variables a
/// primitive guards (data-race free): a plain variable threads race on is not seen, so reorderings that change what it
/// holds may be taken as equivalent.
@_spi(Search) public struct ExhaustiveSearch: Sendable {
    /// Stop after this many executions (nil: no limit).
    public var maxExecutions: Int?
    /// Stop after this many wall seconds (nil: no limit); checked after each execution.
    public var maxSeconds: Double?
    /// Explore only schedules with at most this many preemptions (switching away from a thread that could go on).
    public var preemptionBound: Int?
    /// Options of every run; `runtime` and `schedule` are set by the search.
    public var options: RunOptions

    /// False: every schedule, without reduction (tests count a program's classes with it).
    var reduces = true

    public init(
        maxExecutions: Int? = nil, maxSeconds: Double? = nil, preemptionBound: Int? = nil,
        options: RunOptions = RunOptions()
    ) {
        self.maxExecutions = maxExecutions
        self.maxSeconds = maxSeconds
        self.preemptionBound = preemptionBound
        self.options = options
    }

    /// Explores `main`, calling `visit` with each execution's result and its number of preemptions, in search order.
    public func run(_ main: @escaping @Sendable () throws -> Void, visit: (RunResult, Int) -> Void) -> SearchSummary {
        run(main) { result, preemptions, _ in visit(result, preemptions) }
    }

    /// `run`, also passing each execution's Mazurkiewicz class (tests count executions per class with it).
    func run(
        _ main: @escaping @Sendable () throws -> Void, visit: (RunResult, Int, @autoclosure () -> String) -> Void
    ) -> SearchSummary {
        let guide = SearchGuide(preemptionBound: preemptionBound, reduces: reduces)
        var runOptions = options
        runOptions.runtime = .simulated
        runOptions.schedule = .cpythonDefault
        runOptions.guide = guide
        let start = monotonicSeconds()
        var executions = 0
        var cutShort = 0
        var exhausted = false
        var budgetHit = false
        while true {
            let result = runProgram(runOptions, main: main)
            if !guide.pruned {
                executions += 1
                visit(result, guide.preemptions, guide.classKey)
            } else {
                cutShort += 1
            }
            if !guide.advance() {
                exhausted = true
                break
            }
            if let maxExecutions, executions >= maxExecutions {
                budgetHit = true
                break
            }
            if let maxSeconds, monotonicSeconds() - start >= maxSeconds {
                budgetHit = true
                break
            }
        }
        return SearchSummary(
            executions: executions, cutShort: cutShort, complete: exhausted && !guide.boundHit && !guide.diverged,
            boundHit: guide.boundHit, diverged: guide.diverged, budgetHit: budgetHit)
    }
}

/// How an exhaustive search went.
@_spi(Search) public struct SearchSummary: Sendable, Equatable {
    /// Executions run to their end (schedules cut short as redundant are not counted).
    public let executions: Int
    /// Runs cut short as redundant (every choice left asleep): work done besides `executions`.
    public let cutShort: Int
    /// True when every distinct schedule was explored: the outputs seen are all the program can print.
    public let complete: Bool
    /// True when the preemption bound kept some schedules unexplored.
    public let boundHit: Bool
    /// True when re-running a schedule prefix made other choices: the program is not deterministic given its schedule.
    public let diverged: Bool
    /// True when `maxExecutions` or `maxSeconds` stopped it.
    public let budgetHit: Bool

    public init(
        executions: Int, cutShort: Int, complete: Bool, boundHit: Bool, diverged: Bool, budgetHit: Bool = false
    ) {
        self.executions = executions
        self.cutShort = cutShort
        self.complete = complete
        self.boundHit = boundHit
        self.diverged = diverged
        self.budgetHit = budgetHit
    }
}
