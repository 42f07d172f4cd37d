/// A decorator made from a closure.
public struct ClosureDecorator: CellDecorator {
    let body: @Sendable (CellView) -> CellDecoration

    public init(_ body: @escaping @Sendable (CellView) -> CellDecoration) {
        self.body = body
    }

    public func decorate(_ cell: CellView) -> CellDecoration { body(cell) }
}
