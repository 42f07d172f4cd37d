/// A link written in a page's Markdown (`[text](#anchor)`), located by the line of the block that contains it.
package struct DocumentLink: Sendable, Equatable {
    /// The destination exactly as written.
    package var destination: String
    /// The 1-based line of the enclosing block in the Markdown file.
    package var line: Int

    package init(destination: String, line: Int) {
        self.destination = destination
        self.line = line
    }
}
