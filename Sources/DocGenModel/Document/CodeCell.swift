/// A Python code block that docgen runs through its Swift scenario.
package struct CodeCell: Sendable, Equatable {
    /// The cell's `id=NAME` option when it has one; otherwise the slug of the nearest heading above (`daemon`),
    /// deduplicated within the page (`daemon-2`), or `cell` when no heading precedes it.
    package var id: String
    /// The Python source exactly as written (indentation of indented blocks removed by cmark-gfm).
    package var source: String
    /// The 1-based line where the block starts in its Markdown file.
    package var line: Int
    /// Options from a `<!-- docgen: … -->` comment just before the block.
    package var options: CellOptions
    /// The cell's scenario when it is a fenced `swift` block right after the Python block (`nil`: none inline).
    package var inlineScenario: InlineScenario?

    package init(
        id: String, source: String, line: Int, options: CellOptions = CellOptions(),
        inlineScenario: InlineScenario? = nil
    ) {
        self.id = id
        self.source = source
        self.line = line
        self.options = options
        self.inlineScenario = inlineScenario
    }
}
