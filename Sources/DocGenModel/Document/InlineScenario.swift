/// A cell's Swift scenario written in the page itself: a fenced `swift` block right after the cell's Python block.
package struct InlineScenario: Sendable, Equatable {
    /// The Swift source, as written inside the fence.
    package var source: String
    /// The 1-based line of the block's first source line in the Markdown file (the line after the fence).
    package var firstLine: Int

    package init(source: String, firstLine: Int) {
        self.source = source
        self.firstLine = firstLine
    }
}
