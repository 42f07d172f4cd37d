/// A top-level Markdown block as cmark-gfm saw it, before docgen decides which code blocks are cells.
enum MarkdownBlock: Equatable {
    case heading(level: Int, text: String, html: String, line: Int)
    case code(info: String, literal: String, html: String, line: Int)
    case html(literal: String, html: String, line: Int)
    case other(html: String, line: Int)
}
