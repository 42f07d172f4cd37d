import Threading

/// Explores one program exhaustively (Threading's `ExhaustiveSearch`) and groups what it printed into distinct
/// outputs, like `Explorer` does for sampled schedules: each group's count is the number of executions (distinct
/// interleavings) that produced it, and its replay string the one with the fewest preemptions.
public struct ExhaustiveExplorer: Sendable {
    /// Stop after this many executions (nil: no limit).
    public var maxExecutions: Int?
    /// Explore only schedules with at most this many preemptions (nil: all).
    public var preemptionBound: Int?
    /// Options for every run; `runtime` and `schedule` are set by the search.
    public var options: RunOptions

    public init(maxExecutions: Int? = nil, preemptionBound: Int? = nil, options: RunOptions = RunOptions()) {
        self.maxExecutions = maxExecutions
        self.preemptionBound = preemptionBound
        self.options = options
    }

    public func explore(_ main: @escaping @Sendable () throws -> Void) -> Exploration {
        var tally = OutputTally()
        let search = ExhaustiveSearch(maxExecutions: maxExecutions, preemptionBound: preemptionBound, options: options)
        let summary = search.run(main) { result, preemptions in tally.add(result, preemptions: preemptions) }
        let extent = SearchExtent(
            complete: summary.complete, preemptionBound: preemptionBound, boundHit: summary.boundHit,
            budget: summary.complete || summary.boundHit || summary.diverged ? nil : maxExecutions,
            diverged: summary.diverged)
        return Exploration(runs: summary.executions, seed: 0, groups: tally.groups(), search: extent)
    }
}
