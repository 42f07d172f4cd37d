import DocGenModel

/// A top-level Markdown block as cmark-gfm saw it, before docgen decides which code blocks are cells.
enum MarkdownBlock: Equatable {
    /// `innerHTML`: the heading's content as cmark-gfm renders it, without the `<hN>` around it.
    case heading(level: Int, text: String, innerHTML: String, line: Int)
    case code(info: String, literal: String, prose: Prose, line: Int)
    case html(literal: String, prose: Prose, line: Int)
    case other(prose: Prose, line: Int)
}

extension MarkdownBlock {
    /// The same block with its line moved down by `lines` (for a piece of a page parsed on its own).
    func shifted(by lines: Int) -> MarkdownBlock {
        guard lines != 0 else { return self }
        switch self {
        case .heading(let level, let text, let innerHTML, let line):
            return .heading(level: level, text: text, innerHTML: innerHTML, line: line + lines)
        case .code(let info, let literal, let prose, let line):
            return .code(info: info, literal: literal, prose: prose, line: line + lines)
        case .html(let literal, let prose, let line):
            return .html(literal: literal, prose: prose, line: line + lines)
        case .other(let prose, let line):
            return .other(prose: prose, line: line + lines)
        }
    }
}
