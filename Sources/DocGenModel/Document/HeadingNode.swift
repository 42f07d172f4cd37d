/// A heading with the headings nested under it: one entry of a table of contents.
package struct HeadingNode: Sendable, Equatable {
    package var heading: Heading
    package var children: [HeadingNode]

    package init(heading: Heading, children: [HeadingNode] = []) {
        self.heading = heading
        self.children = children
    }

    /// Nests `headings` (in page order): each heading becomes a child of the nearest earlier heading of a lower level.
    package static func tree(of headings: [Heading]) -> [HeadingNode] {
        var index = 0
        return nodes(of: headings, index: &index, deeperThan: 0)
    }

    private static func nodes(of headings: [Heading], index: inout Int, deeperThan level: Int) -> [HeadingNode] {
        var result: [HeadingNode] = []
        while index < headings.count, headings[index].level > level {
            let heading = headings[index]
            index += 1
            let children = nodes(of: headings, index: &index, deeperThan: heading.level)
            result.append(HeadingNode(heading: heading, children: children))
        }
        return result
    }
}
