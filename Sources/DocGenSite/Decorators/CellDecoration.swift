/// What a `CellDecorator` adds to one cell.
package struct CellDecoration: Sendable, Equatable {
    package var badges: [CellBadge]
    package var extraHTML: [String]

    package init(badges: [CellBadge] = [], extraHTML: [String] = []) {
        self.badges = badges
        self.extraHTML = extraHTML
    }
}
