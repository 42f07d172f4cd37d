/// A link written in a page's Markdown (`[text](#anchor)`), located by the line of the block that contains it.
public struct DocumentLink: Sendable, Equatable {
    /// The destination exactly as written.
    public var destination: String
    /// The 1-based line of the enclosing block in the Markdown file.
    public var line: Int

    public init(destination: String, line: Int) {
        self.destination = destination
        self.line = line
    }
}
