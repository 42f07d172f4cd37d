/// A plug-in that adds badges and blocks to cells (explored outputs, the timeline, the CPython comparison).
///
/// Implementation requirements: deterministic (same cell and run → same decoration), no I/O that can change between
/// builds other than the files of `cellFileFolders`, and everything it is configured with in its description
/// (`String(reflecting:)`), since both decide whether a page is kept from the last build (`PageInputs`).
package protocol CellDecorator: Sendable {
    func decorate(_ cell: CellView) -> CellDecoration

    /// Folders holding one file per cell (`<folder>/<page>/<cell>.txt`) that the decoration of that cell reads.
    var cellFileFolders: [String] { get }
}

extension CellDecorator {
    /// None: the decoration is made from the cell's view alone.
    package var cellFileFolders: [String] { [] }
}

/// What a `CellDecorator` adds to one cell.
package struct CellDecoration: Sendable, Equatable {
    package var badges: [CellBadge]
    package var blocks: [CellBlock]

    package init(badges: [CellBadge] = [], blocks: [CellBlock] = []) {
        self.badges = badges
        self.blocks = blocks
    }
}

/// A block a decorator adds under a cell's output, as a value: the page renderer decides how each kind is drawn and
/// what goes inline or into the page's figures folder (`PageFigures`), so no block carries markup to be searched.
package enum CellBlock: Sendable, Equatable {
    /// The run's timeline, in a closed fold: its drawing is a file loaded when the fold opens.
    case timeline(TimelineFigure)
    /// Explored outputs: a sentence, an outcome table (its complete version on a page of its own) and folds with
    /// their timelines as files.
    case exploration(ExplorationBlock)
}

/// A short label shown in a cell's header, e.g. "matches CPython" or "deadlock (expected)".
package struct CellBadge: Sendable, Equatable {
    /// The badge's colour: good (green), warning (amber), bad (red), neutral (grey).
    package enum Tone: String, Sendable, Equatable {
        case good, warning, bad, neutral
    }

    package var text: String
    package var tone: Tone
    /// Longer explanation shown on hover.
    package var detail: String?

    package init(_ text: String, tone: Tone = .neutral, detail: String? = nil) {
        self.text = text
        self.tone = tone
        self.detail = detail
    }
}

/// A decorator made from a closure.
package struct ClosureDecorator: CellDecorator {
    let body: @Sendable (CellView) -> CellDecoration

    package init(_ body: @escaping @Sendable (CellView) -> CellDecoration) {
        self.body = body
    }

    package func decorate(_ cell: CellView) -> CellDecoration { body(cell) }
}
