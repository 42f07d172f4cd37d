/// The result of executing one cell.
public struct CellExecution: Sendable, Equatable {
    public var job: CellJob
    package var run: CellRun
    /// Problems that did not stop the run (e.g. invalid UTF-8 decoded lossily).
    public var warnings: [String]
    /// True when the transcript came from the cache and nothing was executed.
    public var cached: Bool
    /// For a cell with `explore=N`: its distinct outputs over N schedules.
    public var exploration: Exploration?
    /// True when swiftc compiled the cell's scenario for this execution (it was not in the compile cache).
    public var compiled = false

    package init(
        job: CellJob, run: CellRun, warnings: [String] = [], cached: Bool = false, exploration: Exploration? = nil
    ) {
        self.job = job
        self.run = run
        self.warnings = warnings
        self.cached = cached
        self.exploration = exploration
    }
}
