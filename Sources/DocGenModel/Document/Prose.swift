/// Markdown that is neither a heading nor a cell, as cmark-gfm rendered it, cut into the pieces the site draws by
/// kind, with the text a reader sees in it (from cmark-gfm's tree, for the search index).
package struct Prose: Sendable, Equatable {
    package var pieces: [ProsePiece]
    /// Text and code literals, one blank between words and wherever a block begins or ends.
    package var text: String

    package init(pieces: [ProsePiece], text: String) {
        self.pieces = pieces
        self.text = text
    }

    /// cmark-gfm's HTML, whole.
    package var html: String { pieces.map(\.html).joined() }

    /// This prose followed by `other` (markup that meets markup becomes one piece). Appends in place, so a page of
    /// many paragraphs is joined in linear time.
    package mutating func append(_ other: Prose) {
        var rest = other.pieces[...]
        if case .markup(var end)? = pieces.last, case .markup(let start)? = rest.first {
            pieces[pieces.count - 1] = .markup("")  // `end` is then the only reference: appended to in place
            end += start
            pieces[pieces.count - 1] = .markup(end)
            rest = rest.dropFirst()
        }
        pieces += rest
        if !text.isEmpty, !other.text.isEmpty { text += " " }
        text += other.text
    }
}

/// A piece of prose's HTML: a table, a code block (at any depth, in a list or quote too) or the markup between them.
package enum ProsePiece: Sendable, Equatable {
    /// Paragraphs, lists, quotes, … as cmark-gfm wrote them.
    case markup(String)
    /// A table, `<table>…</table>`.
    case table(String)
    /// A code block's `<code…>…</code>`, without the `<pre>` around it.
    case code(String)

    /// The piece as cmark-gfm wrote it.
    package var html: String {
        switch self {
        case .markup(let html): html
        case .table(let table): table + "\n"
        case .code(let code): "<pre>" + code + "</pre>\n"
        }
    }
}
