/// A decorator made from a closure.
package struct ClosureDecorator: CellDecorator {
    let body: @Sendable (CellView) -> CellDecoration

    package init(_ body: @escaping @Sendable (CellView) -> CellDecoration) {
        self.body = body
    }

    package func decorate(_ cell: CellView) -> CellDecoration { body(cell) }
}
