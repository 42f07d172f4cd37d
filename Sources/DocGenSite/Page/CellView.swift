import DocGenModel
import DocGenRun
import Threading

/// Everything the renderer shows for one cell.
package struct CellView: Sendable, Equatable {
    package var cell: CodeCell
    /// `"<page>/<cell>"`.
    package var scenarioID: String
    /// Where the Swift scenario lives, as shown to readers (`content/threading-tutorial/daemon.swift`).
    package var swiftPath: String
    package var swiftSource: String
    package var run: CellRun
    package var warnings: [String]
    /// Labels for the cell's header; Render adds the run status itself.
    package var badges: [CellBadge]
    /// Trusted HTML blocks shown under the output (a timeline SVG, explored outputs, …).
    package var extraHTML: [String]

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
