/// One top-level piece of a page, in reading order.
package enum DocumentBlock: Sendable, Equatable {
    /// Markdown rendered to HTML by cmark-gfm (paragraphs, lists, tables, non-Python code, …).
    case prose(Prose)
    /// A heading, carrying its anchor.
    case heading(Heading)
    /// A Python code block that docgen runs.
    case cell(CodeCell)
}
