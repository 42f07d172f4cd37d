import CCmarkGFM
import Foundation

/// The only place that talks to cmark-gfm: parses Markdown with the GFM table extension and copies the C tree into
/// Swift values (`MarkdownTree`), rendering each top-level block's HTML with cmark-gfm itself. Frees every C pointer.
enum CmarkConverter {
    private static let options = CMARK_OPT_DEFAULT

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
        guard let parser = cmark_parser_new(options) else { fatalError("cmark_parser_new failed (out of memory)") }
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
        while let current = cmark_node_first_child(root) {
            tree.links += collectLinksAndPointThemAtHTML(under: current).map {
                DocumentLink(destination: $0.destination, line: offset($0.line))
            }
            tree.nestedCode += nestedCodeBlocks(under: current).map { ($0.info, offset($0.line)) }
            tree.blocks.append(block(current, extensions: extensions).shifted(by: lineOffset))
            cmark_node_unlink(current)
            cmark_node_free(current)
        }
    }

    private static func block(_ node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?) -> MarkdownBlock {
        let line = Int(cmark_node_get_start_line(node))
        let html = render(node, extensions: extensions)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_HEADING:
            return .heading(
                level: Int(cmark_node_get_heading_level(node)), text: plainText(of: node), html: html,
                line: line)
        case CMARK_NODE_CODE_BLOCK:
            return .code(
                info: string(cmark_node_get_fence_info(node)), literal: string(cmark_node_get_literal(node)),
                html: html, line: line)
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal: string(cmark_node_get_literal(node)), html: html, line: line)
        default:
            return .other(html: html, line: line)
        }
    }

    private static func render(_ node: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?) -> String {
        guard let html = cmark_render_html(node, options, extensions) else { return "" }
        defer { free(html) }
        return String(cString: html)
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
            found.append((string(cmark_node_get_fence_info(node)), Int(cmark_node_get_start_line(node))))
        }
        return found
    }

    /// The start line of the nearest enclosing node that has one (cmark-gfm tracks lines of blocks only).
    private static func blockLine(of node: OpaquePointer) -> Int {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 { return line }
            current = cmark_node_parent(candidate)
        }
        return 0
    }

    /// Calls `visit` on entering each node under `root` (including `root`), using cmark's iterator.
    private static func walk(_ root: OpaquePointer, _ visit: (OpaquePointer) -> Void) {
        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) { visit(node) }
            event = cmark_iter_next(iterator)
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}
