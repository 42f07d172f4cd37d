/// What a finished build did.
public struct BuildReport: Sendable, Equatable {
    public var pages: Int
    public var cells: Int
    /// Cells whose child process ran (the rest came from the cache).
    public var executed: Int
    /// Cells whose scenario swiftc compiled (the rest came from the compile cache, or needed no library).
    public var compiled: Int
    public var recorded: Int
    /// Non-fatal problems: broken links (without `--strict`), lossy UTF-8, failed cells allowed by `--allow-errors`.
    public var warnings: [String]
    /// The cells that failed, when `--allow-errors` let the build go on (they show as error cells).
    public var failedCells: [FailedCell] = []

    public init(
        pages: Int = 0, cells: Int = 0, executed: Int = 0, compiled: Int = 0, recorded: Int = 0,
        warnings: [String] = []
    ) {
        self.compiled = compiled
        self.pages = pages
        self.cells = cells
        self.executed = executed
        self.recorded = recorded
        self.warnings = warnings
    }
}
