import CCmarkGFM
import DocGenModel
import Foundation

/// The only place that talks to cmark-gfm: parses Markdown with the GFM table extension and copies the C tree into
/// Swift values (`MarkdownTree`), rendering each top-level block's HTML with cmark-gfm itself (prose cut at its tables
/// and code blocks, with its reader's text: `CmarkConverter+Prose`). Frees every C pointer.
enum CmarkConverter {
    /// Source positions on while parsing so that inline nodes count the newlines inside code spans and inline HTML
    /// (without it, a link after a two-line code span is given the line before its own); off while rendering.
    private static let parseOptions = CMARK_OPT_DEFAULT | CMARK_OPT_SOURCEPOS
    private static let renderOptions = CMARK_OPT_DEFAULT

    /// Parses `input` piece by piece (`MarkdownSegments`), turning each piece's tree into Swift values one top-level
    /// block at a time and freeing each block's C nodes once converted, so a large page's tree is never whole.
    static func convert(_ input: MarkdownInput, pieceSize: Int = MarkdownSegments.minimumSize) -> MarkdownTree {
        cmark_gfm_core_extensions_ensure_registered()
        var tree = MarkdownTree(blocks: [], links: [])
        input.consume { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            for piece in MarkdownSegments.split(bytes, minimumSize: pieceSize) {
                convert(UnsafeBufferPointer(rebasing: bytes[piece.range]), lineOffset: piece.firstLine - 1, into: &tree)
            }
        }
        return tree
    }

    private static func convert(_ bytes: UnsafeBufferPointer<UInt8>, lineOffset: Int, into tree: inout MarkdownTree) {
        guard let parser = cmark_parser_new(parseOptions) else { fatalError("cmark_parser_new failed (out of memory)") }
        defer { cmark_parser_free(parser) }
        if let table = cmark_find_syntax_extension("table") {
            cmark_parser_attach_syntax_extension(parser, table)
        }
        if let base = bytes.baseAddress {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { cmark_parser_feed(parser, $0, bytes.count) }
        }
        guard let root = cmark_parser_finish(parser) else { fatalError("cmark_parser_finish failed (out of memory)") }
        defer { cmark_node_free(root) }
        let extensions = cmark_parser_get_syntax_extensions(parser)
        let offset = { (line: Int) in line > 0 ? line + lineOffset : line }
        // Each block is freed once the next one is converted: `line(of:)` looks at a table's previous sibling.
        var next = cmark_node_first_child(root)
        while let current = next {
            tree.links += collectLinksAndPointThemAtHTML(under: current).map {
                DocumentLink(destination: $0.destination, line: offset($0.line))
            }
            tree.nestedCode += nestedCodeBlocks(under: current).map { ($0.info, offset($0.line)) }
            tree.blocks.append(block(current, extensions: extensions).shifted(by: lineOffset))
            if let previous = cmark_node_previous(current) {
                cmark_node_unlink(previous)
                cmark_node_free(previous)
            }
            next = cmark_node_next(current)
        }
    }

    private static func block(_ node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?) -> MarkdownBlock {
        let start = line(of: node)
        if cmark_node_get_type(node) == CMARK_NODE_HEADING {
            return .heading(
                level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node),
                innerHTML: innerHTML(of: node, extensions: extensions), line: start)
        }
        let html = render(node, extensions: extensions)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_CODE_BLOCK:
            return .code(
                info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)),
                prose: prose(node, html: html, extensions: extensions), line: start)
        case CMARK_NODE_HTML_BLOCK:
            return .html(
                literal: string(cmark_node_get_literal(node)), prose: prose(node, html: html, extensions: extensions),
                line: start)
        default:
            return .other(prose: prose(node, html: html, extensions: extensions), line: start)
        }
    }

    static func render(_ node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let html = cmark_render_html(node, renderOptions, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }

    /// The HTML of `node`'s inline content: each child as cmark-gfm renders it.
    private static func innerHTML(of node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        var html = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            html += render(current, extensions: extensions)
            child = cmark_node_next(current)
        }
        return html
    }

    /// The text a reader sees in `node`: text and inline code literals, line breaks as spaces.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        walk(node) { child in
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(child))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// Every link and image as written; relative links to `x.md` are then changed to `x.html`, the page docgen writes
    /// for it.
    private static func collectLinksAndPointThemAtHTML(under root: OpaquePointer) -> [DocumentLink] {
        var links: [DocumentLink] = []
        walk(root) { node in
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { return }
            let url = string(cmark_node_get_url(node))
            links.append(DocumentLink(destination: url, line: blockLine(of: node)))
            if type == CMARK_NODE_LINK, let rewritten = PageLink.htmlDestination(for: url) {
                _ = rewritten.withCString { cmark_node_set_url(node, $0) }
            }
        }
        return links
    }

    /// Code blocks inside the top-level block `block` (in list items or block quotes), not `block` itself.
    private static func nestedCodeBlocks(under block: OpaquePointer) -> [(info: String, line: Int)] {
        var found: [(info: String, line: Int)] = []
        walk(block) { node in
            guard cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK, node != block else { return }
            found.append((string(cmark_node_get_fence_info(node)), line(of: node)))
        }
        return found
    }

    /// The line of the nearest enclosing node that has one, the top-level block at the latest (never the document's
    /// line 1, which in a piece of a page is not the page's line).
    private static func blockLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let candidate = current, cmark_node_get_type(candidate) != CMARK_NODE_DOCUMENT {
            let start = line(of: candidate)
            if start > 0 { return start }
            current = cmark_node_parent(candidate)
        }
        return 0
    }

    /// The start line of `node` in the parsed text, correcting what cmark-gfm's table extension gets wrong when a
    /// table's header row is the last line of a longer paragraph: it makes the lines before it a new paragraph with no
    /// line (0), whose inlines count their lines from 0, and leaves the table and its header row on the paragraph's
    /// first line (`try_inserting_table_header_paragraph` and `try_opening_table_header` in its `table.c`).
    private static func line(of node: OpaquePointer) -> Int {
        let own = Int(cmark_node_get_start_line(node))
        var inHeaderRow = false
        var current: OpaquePointer? = node
        while let candidate = current {
            if let table = tableSplitOff(candidate) { return Int(cmark_node_get_start_line(table)) + own }
            if isTable(candidate), let paragraph = cmark_node_previous(candidate), tableSplitOff(paragraph) != nil {
                return candidate == node || inHeaderRow ? headerRowLine(of: candidate) : own
            }
            inHeaderRow = cmark_gfm_extensions_get_table_row_is_header(candidate) != 0
            current = cmark_node_parent(candidate)
        }
        return own
    }

    /// The table whose first lines `node` is, when `node` is the paragraph the table extension split off it.
    private static func tableSplitOff(_ node: OpaquePointer) -> OpaquePointer? {
        guard cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH, cmark_node_get_start_line(node) == 0,
            let next = cmark_node_next(node), isTable(next)
        else { return nil }
        return next
    }

    /// The line of `table`'s header row: the line above the delimiter row, which is above the first body row (whose
    /// line cmark-gfm gets right) or, with no body row, the table's last line.
    private static func headerRowLine(of table: OpaquePointer) -> Int {
        if let header = cmark_node_first_child(table), let body = cmark_node_next(header) {
            return Int(cmark_node_get_start_line(body)) - 2
        }
        return Int(cmark_node_get_end_line(table)) - 1
    }

    static func isTable(_ node: OpaquePointer) -> Bool {
        string(cmark_node_get_type_string(node)) == "table"
    }

    /// Calls `visit` on entering each node under `root` (including `root`), using cmark's iterator.
    static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
            event = cmark_iter_next(iterator)
        }
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
