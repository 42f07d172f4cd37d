import DocGenModel
@_spi(Harness) import Threading

/// One cell to execute.
package struct CellJob: Sendable, Equatable {
    /// The cell id, `"<page>/<cell>"`.
    package var id: String
    /// The cell's Swift scenario (compiled, and hashed into the cache key).
    package var scenario: ScenarioSource
    /// Seconds before the child is killed; `nil` uses the executor's default.
    package var timeout: Double?
    /// A schedule seed for the simulated runtime; `nil` is the default (CPython-like) schedule.
    package var seed: UInt64?
    /// How the cell is also explored after its run (its distinct outputs listed): `nil` decides by the run's thread
    /// count (`ExploreOption.automaticThreadLimit`).
    package var explore: ExploreOption?
    /// False for a cell marked `cache=off`: always executed, its result never cached.
    package var usesResultCache: Bool

    package init(
        id: String, scenario: ScenarioSource, timeout: Double? = nil, seed: UInt64? = nil,
        explore: ExploreOption? = nil, usesResultCache: Bool = true
    ) {
        self.usesResultCache = usesResultCache
        self.id = id
        self.scenario = scenario
        self.timeout = timeout
        self.seed = seed
        self.explore = explore
    }

    /// The job for a mapped cell, taking its per-cell options.
    package init(_ mapped: MappedCell) {
        self.init(
            id: mapped.id, scenario: mapped.scenario, timeout: mapped.cell.options.timeout,
            seed: mapped.cell.options.seed, explore: mapped.cell.options.explore,
            usesResultCache: mapped.cell.options.usesResultCache)
    }

    /// The same job without its exploration (for runs that only need the transcript: check, the second record run).
    package var withoutExploration: CellJob {
        var job = self
        job.explore = ExploreOption.none
        return job
    }

    /// The exploration to run after `run`, the job's default run: the `explore=` option's, or without one, the
    /// exhaustive search when the run finished (not at the step limit) with at most
    /// `ExploreOption.automaticThreadLimit` threads. `nil`: none.
    func exploration(after run: CellRun) -> ExploreOption? {
        guard run.compileFailure == nil else { return nil }
        switch explore {
        case .schedules(let runs)?: return .schedules(runs)
        case .all?: return .all
        case .none?: return nil
        case nil:
            guard let result = run.result else { return nil }
            if case .stepLimitExceeded = result.outcome { return nil }
            let threads = Set(result.events.map(\.threadIndex)).count
            return threads <= ExploreOption.automaticThreadLimit ? .all : nil
        }
    }
}
