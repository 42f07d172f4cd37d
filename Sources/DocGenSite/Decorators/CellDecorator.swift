/// A plug-in that adds badges and blocks to cells (explored outputs, the timeline, the CPython comparison).
///
/// Implementation requirements: deterministic (same cell and run → same decoration), no I/O that can change between
/// builds.
package protocol CellDecorator: Sendable {
    func decorate(_ cell: CellView) -> CellDecoration
}
