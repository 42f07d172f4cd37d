import Threading

/// Everything the renderer shows for one cell.
public struct CellView: Sendable, Equatable {
    public var cell: CodeCell
    /// `"<page>/<cell>"`.
    public var scenarioID: String
    /// Where the Swift scenario lives, as shown to readers (`content/threading-tutorial/daemon.swift`).
    public var swiftPath: String
    public var swiftSource: String
    package var run: CellRun
    public var warnings: [String]
    /// Labels for the cell's header; Render adds the run status itself.
    public var badges: [CellBadge]
    /// Trusted HTML blocks shown under the output (a timeline SVG, explored outputs, …).
    public var extraHTML: [String]

    package init(
        cell: CodeCell, scenarioID: String, swiftPath: String, swiftSource: String, run: CellRun,
        warnings: [String] = [], badges: [CellBadge] = [], extraHTML: [String] = []
    ) {
        self.cell = cell
        self.scenarioID = scenarioID
        self.swiftPath = swiftPath
        self.swiftSource = swiftSource
        self.run = run
        self.warnings = warnings
        self.badges = badges
        self.extraHTML = extraHTML
    }
}
