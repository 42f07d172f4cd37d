/// A Python code block that docgen runs through its Swift scenario.
public struct CodeCell: Sendable, Equatable {
    /// The slug of the nearest heading above (`daemon`), deduplicated within the page (`daemon-2`); `cell` when no
    /// heading precedes it.
    public var id: String
    /// The Python source exactly as written (indentation of indented blocks removed by cmark-gfm).
    public var source: String
    /// The 1-based line where the block starts in its Markdown file.
    public var line: Int
    /// Options from a `<!-- docgen: … -->` comment just before the block.
    public var options: CellOptions

    public init(id: String, source: String, line: Int, options: CellOptions = CellOptions()) {
        self.id = id
        self.source = source
        self.line = line
        self.options = options
    }
}
