import Threading

/// A plug-in that adds badges and HTML blocks to cells (the timeline, the CPython comparison, explored outputs).
///
/// Implementation requirements: deterministic (same cell and run → same decoration), no I/O that can change between
/// builds, and `extraHTML` must be well-formed HTML with anything from a program's output escaped.
package protocol CellDecorator: Sendable {
    func decorate(_ cell: CellView) -> CellDecoration
}
