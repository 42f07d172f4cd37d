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
    package init(
        maxExecutions: Int? = nil, maxSeconds: Double? = nil, preemptionBound: Int? = nil,
        options: RunOptions = RunOptions()
    ) {
        search = ExhaustiveSearch(
            maxExecutions: maxExecutions, maxSeconds: maxSeconds, preemptionBound: preemptionBound, options: options)
    }

    /// Explores `main`; `progress`, when given, is told after each execution how many executions ran and how many
    /// distinct outputs they gave.
    package func explore(
        _ main: @escaping @Sendable () throws -> Void, progress: ((_ executions: Int, _ outputs: Int) -> Void)? = nil
    ) -> Exploration {
        var tally = OutputTally()
        let summary = search.run(main) { result, preemptions in
            tally.add(result, preemptions: preemptions)
            progress?(tally.runs, tally.distinct)
        }
        let byExecutions = summary.budgetHit && search.maxExecutions.map { summary.executions >= $0 } == true
        let extent = SearchExtent(
            complete: summary.complete, preemptionBound: search.preemptionBound, boundHit: summary.boundHit,
            budget: byExecutions ? search.maxExecutions : nil, diverged: summary.diverged,
            cutShort: summary.cutShort + summary.repeated,
            secondsBudget: summary.budgetHit && !byExecutions ? search.maxSeconds : nil)
        let groups = tally.groups(timelinesForTop: Exploration.groupsWithTimelines) { schedule in
            var options = search.options
            options.runtime = .simulated
            options.schedule = .replay(schedule)
            return runProgram(options, main: main)
        }
        return Exploration(runs: summary.executions, seed: 0, groups: groups, search: extent)
    }
}
