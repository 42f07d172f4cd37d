import CCmarkGFM
import DocGenModel

extension CmarkConverter {
    /// The prose of the top-level block `node`, whose HTML cmark-gfm rendered as `html`: cut at each table and code
    /// block under it (each rendered alone is found, in order, in its block's HTML), with the text a reader sees.
    static func prose(
        _ node: OpaquePointer, html: String, extensions: UnsafeMutablePointer<cmark_llist>?
    ) -> Prose {
        var drawnByKind: [OpaquePointer] = []
        walk(node) { child in
            if cmark_node_get_type(child) == CMARK_NODE_CODE_BLOCK || isTable(child) { drawnByKind.append(child) }
        }
        var pieces: [ProsePiece] = []
        var rest = html[...]
        for child in drawnByKind {
            let own = child == node ? html : render(child, extensions: extensions)
            guard let range = rest.range(of: own) else { continue }
            if range.lowerBound > rest.startIndex { pieces.append(.markup(String(rest[..<range.lowerBound]))) }
            pieces.append(piece(own, table: isTable(child)))
            rest = rest[range.upperBound...]
        }
        if !rest.isEmpty { pieces.append(.markup(String(rest))) }
        return Prose(pieces: pieces, text: readerText(of: node))
    }

    /// A table or code block as cmark-gfm renders it (`<table>…</table>\n`, `<pre><code…>…</code></pre>\n`).
    private static func piece(_ html: String, table: Bool) -> ProsePiece {
        let (open, close) = table ? ("", "\n") : ("<pre>", "</pre>\n")
        guard html.hasPrefix(open), html.hasSuffix(close) else { return .markup(html) }
        let inner = String(html.dropFirst(open.count).dropLast(close.count))
        return table ? .table(inner) : .code(inner)
    }

    /// The text a reader sees in `node`: text and code literals; a blank where a block begins or ends, at a line
    /// break, an image or an inline HTML tag that is not phrasing markup (`<br>`, `<kbd>`). An image's description and
    /// the content of raw HTML blocks are not shown as text.
    static func readerText(of node: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(node) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        var images = 0
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            defer { event = cmark_iter_next(iterator) }
            guard let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_IMAGE {
                images += event == CMARK_EVENT_ENTER ? 1 : -1
                text += " "
                continue
            }
            guard images == 0 else { continue }
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
            case CMARK_NODE_CODE_BLOCK: text += " " + string(cmark_node_get_literal(child)) + " "
            case CMARK_NODE_HTML_INLINE: text += isPhrasingTag(string(cmark_node_get_literal(child))) ? "" : " "
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_CUSTOM_INLINE: break
            default: text += " "  // blocks, line breaks, raw HTML blocks
            }
        }
        return collapsingWhitespace(text)
    }

    /// `text`'s words joined by single spaces (`WhitespaceWords`).
    static func collapsingWhitespace(_ text: String) -> String {
        WhitespaceWords.joined(text)
    }

    /// Tags that mark up words without separating them (`<em>`, `</code>`).
    private static let phrasingTags: Set<String> = ["a", "code", "em", "strong", "span", "del", "sub", "sup", "b", "i"]

    private static func isPhrasingTag(_ tag: String) -> Bool {
        let name = tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        return phrasingTags.contains(name)
    }
}
