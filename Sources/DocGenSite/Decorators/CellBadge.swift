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
