import DocGenModel
import DocGenRun
import DocGenVerify
import Threading

/// Everything the renderer shows for one cell.
package struct CellView: Sendable, Equatable {
    package var cell: CodeCell
    /// `"<page>/<cell>"`.
    package var scenarioID: String
    /// Where the Swift scenario lives, as shown to readers (`content/threading-beyond-the-basics/daemon.swift`, or `content/threading-beyond-the-basics.md:120 (translated)`).
    package var swiftPath: String
    package var swiftSource: String
    package var run: CellRun
    package var warnings: [String]
    /// The cell's outputs under many schedules, when it was explored (`ExplorationDecorator` shows them).
    package var exploration: Exploration?
    /// Those outputs against the cell's CPython recording, when it was searched exhaustively and has one.
    package var modelCheck: ModelCheck?
    /// Labels for the cell's header; Render adds the run status itself.
    package var badges: [CellBadge]
    /// Blocks shown under the output, in order (explored outputs, the timeline, …).
    package var blocks: [CellBlock]
    /// The cell as an earlier build rendered it from the same inputs (`CellFragment`): drawn as it is, its exploration
    /// neither decoded nor drawn; the search index and the notebook still read `run` and `swiftSource`.
    package var fragment: CellFragment?
    /// The key of what the cell is rendered from (`CellFragmentKey`), when its rendering may be kept: the renderer
    /// hands what it renders to its fragment sink (`SiteRenderer.write`) under this key.
    package var fragmentKey: String?

    package init(
        cell: CodeCell, scenarioID: String, swiftPath: String, swiftSource: String, run: CellRun,
        warnings: [String] = [], exploration: Exploration? = nil, modelCheck: ModelCheck? = nil,
        badges: [CellBadge] = [], blocks: [CellBlock] = []
    ) {
        self.cell = cell
        self.scenarioID = scenarioID
        self.swiftPath = swiftPath
        self.swiftSource = swiftSource
        self.run = run
        self.warnings = warnings
        self.exploration = exploration
        self.modelCheck = modelCheck
        self.badges = badges
        self.blocks = blocks
    }
}
