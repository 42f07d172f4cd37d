import Threading

/// A plug-in that adds badges and HTML blocks to cells (the timeline, the CPython comparison, explored outputs).
///
/// Implementation requirements: deterministic (same cell and run → same decoration), no I/O that can change between
/// builds, and `extraHTML` must be well-formed HTML with anything from a program's output escaped.
public protocol CellDecorator: Sendable {
    func decorate(_ cell: CellView) -> CellDecoration
}

/// What a `CellDecorator` adds to one cell.
public struct CellDecoration: Sendable, Equatable {
    public var badges: [CellBadge]
    public var extraHTML: [String]

    public init(badges: [CellBadge] = [], extraHTML: [String] = []) {
        self.badges = badges
        self.extraHTML = extraHTML
    }
}

/// A decorator made from a closure.
public struct ClosureDecorator: CellDecorator {
    let body: @Sendable (CellView) -> CellDecoration

    public init(_ body: @escaping @Sendable (CellView) -> CellDecoration) {
        self.body = body
    }

    public func decorate(_ cell: CellView) -> CellDecoration { body(cell) }
}
