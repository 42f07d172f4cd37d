import DocGenModel
@_spi(Harness) @_spi(Search) import Threading

/// Explores one program exhaustively (Threading's `ExhaustiveSearch`) and groups what it printed into distinct
/// outputs, like `Explorer` does for sampled schedules: each group's count is the number of executions (distinct
/// interleavings) that produced it, and its replay string the one with the fewest preemptions.
package struct ExhaustiveExplorer: Sendable {
    /// The search's settings (budget, preemption bound, run options).
    package var search: ExhaustiveSearch

    package init(search: ExhaustiveSearch) { self.search = search }

    /// A search with these settings (`ExhaustiveSearch`'s).
    package init(maxExecutions: Int? = nil, preemptionBound: Int? = nil, options: RunOptions = RunOptions()) {
        search = ExhaustiveSearch(maxExecutions: maxExecutions, preemptionBound: preemptionBound, options: options)
    }

    package func explore(_ main: @escaping @Sendable () throws -> Void) -> Exploration {
        var tally = OutputTally()
        let summary = search.run(main) { result, preemptions in tally.add(result, preemptions: preemptions) }
        let extent = SearchExtent(
            complete: summary.complete, preemptionBound: search.preemptionBound, boundHit: summary.boundHit,
            budget: summary.complete || summary.boundHit || summary.diverged ? nil : search.maxExecutions,
            diverged: summary.diverged, cutShort: summary.cutShort)
        return Exploration(runs: summary.executions, seed: 0, groups: tally.groups(), search: extent)
    }
}
