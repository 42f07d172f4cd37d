/// What a `CellDecorator` adds to one cell.
package struct CellDecoration: Sendable, Equatable {
    package var badges: [CellBadge]
    package var blocks: [CellBlock]

    package init(badges: [CellBadge] = [], blocks: [CellBlock] = []) {
        self.badges = badges
        self.blocks = blocks
    }
}
