/// What a finished build did.
package struct BuildReport: Sendable, Equatable {
    package var pages: Int
    package var cells: Int
    /// Cells whose child process ran (the rest came from the cache).
    package var executed: Int
    /// Cells whose scenario swiftc compiled (the rest came from the compile cache, or needed no library).
    package var compiled: Int
    /// Cells whose exploration ran (the rest of the explored cells came from the cache, explorations that failed the
    /// same way before included).
    package var explored = 0
    package var recorded: Int
    /// Cells whose Python was translated now (the rest of the translated cells came from the cache).
    package var translated = 0
    /// Pages rendered (the others were left as the last build wrote them: made from the same inputs).
    package var pagesRendered = 0
    /// Pages kept as the last build made them before anything ran (`PageInputs`: the same inputs, files unchanged):
    /// none of their cells was mapped, translated, looked up in the cache or decoded.
    package var pagesKept = 0
    /// Cells whose results this build ran or read from the cache (those of kept pages are not).
    package var cellsLoaded = 0
    /// Seconds spent reading what each page is made from (`PageInputs`), part of planning.
    package var inputSeconds = 0.0
    /// Where the time went, stage by stage (`docgen build --timings`).
    package var timings: [StageTime] = []
    /// Site files written because their bytes are new or changed (0: the output folder was left as it was).
    package var filesWritten = 0
    /// Files of the previous site that the new one no longer has, deleted with it.
    package var filesRemoved = 0
    /// Non-fatal problems: broken links (without `--strict`), lossy UTF-8, failed cells allowed by `--allow-errors`.
    package var warnings: [String]
    /// The cells that failed, when `--allow-errors` let the build go on (they show as error cells).
    package var failedCells: [FailedCell] = []

    package init(
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

/// The time one stage of a build took (`docgen build --timings`), with what it did.
package struct StageTime: Sendable, Equatable {
    package var name: String
    package var seconds: Double
    /// What the stage did in that time (`1 of 12 page(s) rendered`), or empty.
    package var detail: String

    package init(_ name: String, _ seconds: Double, _ detail: String = "") {
        self.name = name
        self.seconds = seconds
        self.detail = detail
    }

    /// `duration` in seconds.
    package static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
