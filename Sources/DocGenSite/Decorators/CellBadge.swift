/// A short label shown in a cell's header, e.g. "matches CPython" or "deadlock (expected)".
public struct CellBadge: Sendable, Equatable {
    /// The badge's colour: good (green), warning (amber), bad (red), neutral (grey).
    public enum Tone: String, Sendable, Equatable {
        case good, warning, bad, neutral
    }

    public var text: String
    public var tone: Tone
    /// Longer explanation shown on hover.
    public var detail: String?

    public init(_ text: String, tone: Tone = .neutral, detail: String? = nil) {
        self.text = text
        self.tone = tone
        self.detail = detail
    }
}
