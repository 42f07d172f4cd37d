/// What a `CellDecorator` adds to one cell.
public struct CellDecoration: Sendable, Equatable {
    public var badges: [CellBadge]
    public var extraHTML: [String]

    public init(badges: [CellBadge] = [], extraHTML: [String] = []) {
        self.badges = badges
        self.extraHTML = extraHTML
    }
}
