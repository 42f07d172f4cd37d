/// One cell to execute.
public struct CellJob: Sendable, Equatable {
    /// The cell id, `"<page>/<cell>"`.
    public var id: String
    /// The cell's Swift scenario (compiled, and hashed into the cache key).
    public var scenario: ScenarioSource
    /// Seconds before the child is killed; `nil` uses the executor's default.
    public var timeout: Double?
    /// A schedule seed for the simulated runtime; `nil` is the default (CPython-like) schedule.
    public var seed: UInt64?
    /// When set, the cell is also run under this many schedules and its distinct outputs are listed.
    public var explore: Int?

    public init(
        id: String, scenario: ScenarioSource, timeout: Double? = nil, seed: UInt64? = nil, explore: Int? = nil
    ) {
        self.id = id
        self.scenario = scenario
        self.timeout = timeout
        self.seed = seed
        self.explore = explore
    }

    /// The job for a mapped cell, taking its per-cell options.
    public init(_ mapped: MappedCell) {
        self.init(
            id: mapped.id, scenario: mapped.scenario, timeout: mapped.cell.options.timeout,
            seed: mapped.cell.options.seed, explore: mapped.cell.options.explore)
    }

    /// The same job without its exploration (for runs that only need the transcript: check, the second record run).
    public var withoutExploration: CellJob {
        var job = self
        job.explore = nil
        return job
    }
}
