/// Runs a program under every schedule of the simulated runtime that can give a different result: an optimal dynamic
/// partial-order reduction (source sets with wakeup trees, Abdulla et al. POPL'14) over its scheduling choices (which
/// thread runs at each scheduling point, and so in which order the threads woken at one virtual instant run). It runs
/// one execution per Mazurkiewicz class: two schedules that only reorder commuting steps (steps that touch no common
/// primitive or `@Shared` variable and do not both write output) count once. The end of the run, which abandons the
/// daemon threads, counts as a write to the output: it commutes with a daemon's steps that print nothing. Each execution's replay string
/// (`RunResult.schedule`, a `c` list) reproduces it with `SchedulePolicy.replay`. Memory grows with the length of one
/// run, not with the number of runs.
///
/// A time-out that can race a notification (a timed `wait`, `acquire`, `get`, `join`) is a choice of its own: when it
/// falls due at the same virtual instant as other threads' steps, either may come first (a plain `time.sleep` just
/// ends). The CPython-like default, random and PCT schedules fire every timer due at an instant together.
///
/// The search goes in rounds of increasing preemption bounds (iterative context bounding, as CHESS does): every class
/// reachable with no preemption, then with at most 1, then 2, then without bound. A search cut short by its budget has
/// then found the outputs of the schedules a real machine takes most (threads switching where they block, rarely in
/// between) before the rare ones. A class a later round meets again is run but not counted (`repeated`); a round that
/// no bound cut short ends the search.
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

    /// False: every schedule, without reduction (tests and benchmarks count a program's classes with it).
    public var reduces = true
    /// The bounds of the rounds before the last, which has `preemptionBound` (none: unbounded).
    var roundBounds = [0, 1, 2]
    /// The part of a split search to explore (one of `SearchParts.parts`): only the runs that begin with its steps,
    /// counting those of the classes the part owns (the others are `SearchSummary.elsewhere`). Nil: the whole search.
    public var part: SearchPart?

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

    /// `run`, also passing each execution's Mazurkiewicz class (tests and benchmarks count executions per class with
    /// it).
    public func run(
        _ main: @escaping @Sendable () throws -> Void, visit: (RunResult, Int, @autoclosure () -> String) -> Void
    ) -> SearchSummary {
        search(main) { result, preemptions, guide in
            visit(result, preemptions, guide.classKey)
            return true
        }
    }

    /// The first execution, in search order, whose result `wanted` accepts, and the search up to it (all of it when
    /// none was accepted: then `complete` says whether the program cannot print what `wanted` looks for at all).
    public func first(
        _ main: @escaping @Sendable () throws -> Void, where wanted: (RunResult) -> Bool
    ) -> (found: RunResult?, summary: SearchSummary) {
        var found: RunResult?
        let summary = search(main) { result, _, _ in
            if wanted(result) { found = result }
            return found == nil
        }
        return (found, summary)
    }

    /// The search: `visit` is called with each counted execution (its result, preemptions and guide, which knows its
    /// class) and returns whether to go on.
    private func search(
        _ main: @escaping @Sendable () throws -> Void, visit: (RunResult, Int, SearchGuide) -> Bool
    ) -> SearchSummary {
        var runOptions = options
        runOptions.runtime = .simulated
        runOptions.schedule = .cpythonDefault
        let start = monotonicSeconds()
        let rounds = self.rounds
        /// The classes the rounds before the last ran, so that a later round does not count them again.
        var seen = Set<ClassFingerprint>()
        var executions = 0
        var cutShort = 0
        var repeated = 0
        var elsewhere = 0
        var complete = false
        var boundHit = false
        var diverged = false
        var budgetHit = false
        search: for (round, bound) in rounds.enumerated() {
            let last = round == rounds.count - 1
            let guide = SearchGuide(preemptionBound: bound, reduces: reduces, part: part)
            runOptions.guide = guide
            while true {
                let result = runProgram(runOptions, main: main)
                // False once `visit` has what it looks for.
                var goOn = true
                if guide.pruned {
                    cutShort += 1
                } else if !guide.ownsRun {
                    elsewhere += 1
                } else if rounds.count > 1, !Self.isNew(guide.classFingerprint, in: &seen, remember: !last) {
                    repeated += 1
                } else {
                    executions += 1
                    goOn = visit(result, guide.preemptions, guide)
                }
                if goOn, !guide.advance() {
                    diverged = diverged || guide.diverged
                    if !guide.boundHit || last {
                        // No bound cut this round short: it met every class.
                        complete = !guide.boundHit && !diverged
                        boundHit = guide.boundHit
                        break search
                    }
                    break
                }
                budgetHit =
                    goOn
                    && (maxExecutions.map { executions >= $0 } == true
                        || maxSeconds.map { monotonicSeconds() - start >= $0 } == true)
                if !goOn || budgetHit {
                    diverged = diverged || guide.diverged
                    boundHit = guide.boundHit
                    break search
                }
            }
        }
        return SearchSummary(
            executions: executions, cutShort: cutShort, complete: complete, boundHit: boundHit, diverged: diverged,
            budgetHit: budgetHit, repeated: repeated, elsewhere: elsewhere)
    }

    /// The preemption bound of each round: `roundBounds` below `preemptionBound`, then `preemptionBound`. A part's
    /// rounds begin at the bound its own first steps need: a round below it would cut every run short.
    var rounds: [Int?] {
        guard reduces else { return [preemptionBound] }
        let least = part?.preemptions ?? 0
        let below = roundBounds.filter { bound in bound >= least && preemptionBound.map { bound < $0 } ?? true }
        return below.map { Optional($0) } + [preemptionBound]
    }

    /// True when `fingerprint` is not in `seen`; added to it when `remember`.
    private static func isNew(_ fingerprint: ClassFingerprint, in seen: inout Set<ClassFingerprint>, remember: Bool)
        -> Bool
    {
        if seen.contains(fingerprint) { return false }
        if remember { seen.insert(fingerprint) }
        return true
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
    /// Runs of a class an earlier round (of fewer preemptions) had run: work done besides `executions`.
    public let repeated: Int
    /// Runs of a part of a split search whose class another part counts: work done besides `executions`.
    public let elsewhere: Int

    public init(
        executions: Int, cutShort: Int, complete: Bool, boundHit: Bool, diverged: Bool, budgetHit: Bool = false,
        repeated: Int = 0, elsewhere: Int = 0
    ) {
        self.executions = executions
        self.cutShort = cutShort
        self.complete = complete
        self.boundHit = boundHit
        self.diverged = diverged
        self.budgetHit = budgetHit
        self.repeated = repeated
        self.elsewhere = elsewhere
    }
}
