/// A cell's Swift scenario written in the page itself: a fenced `swift` block right after the cell's Python block.
public struct InlineScenario: Sendable, Equatable {
    /// The Swift source, as written inside the fence.
    public var source: String
    /// The 1-based line of the block's first source line in the Markdown file (the line after the fence).
    public var firstLine: Int

    public init(source: String, firstLine: Int) {
        self.source = source
        self.firstLine = firstLine
    }
}
