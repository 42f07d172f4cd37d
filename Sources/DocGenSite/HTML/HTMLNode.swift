/// A piece of HTML (or inline SVG) as a value: every page, cell, table and drawing docgen writes is built from these
/// and written by `write(to:)`, so text is escaped by construction (`text`) and markup that is already HTML is named
/// as such (`raw`: cmark-gfm's prose, the highlighter's spans, the stylesheet and script).
///
/// Plot (JohnSundell/Plot 0.14.0) was the alternative; it cannot write docgen's bytes: its text escaping keeps what
/// looks like an entity (a program printing `&amp;` would show `&`), it does not escape `"` or `'`, and it writes
/// attribute values unescaped.
package indirect enum HTMLNode: Sendable, Equatable {
    /// `<name attributes>children</name>`.
    case element(name: String, attributes: [HTMLAttribute], children: [HTMLNode])
    /// An element without content or end tag: `<name attributes>` (HTML's void elements), or `<name attributes/>`
    /// when `selfClosing` (SVG).
    case empty(name: String, attributes: [HTMLAttribute], selfClosing: Bool)
    /// Text, escaped when written (`HTMLEscaping`).
    case text(String)
    /// Markup written as it is: only HTML that another renderer made or docgen's own constant markup.
    case raw(String)
    /// Several nodes in a row.
    case group([HTMLNode])
    /// `<name attributes>` alone: the start of an element whose content is written after it, piece by piece (a
    /// page's frame around its streamed content), ended by a `close` of the same name.
    case open(name: String, attributes: [HTMLAttribute])
    /// `</name>`, the end of an element begun by `open`.
    case close(name: String)
    /// `<!DOCTYPE html>`.
    case doctype

    /// `<name attributes>children</name>`; an attribute whose value is `nil` is written bare (`download`).
    package static func tag(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], _ children: HTMLNode...
    ) -> HTMLNode {
        .element(name: name, attributes: HTMLAttribute.list(attributes), children: children)
    }

    /// `<name attributes>children</name>` with children made elsewhere.
    package static func tag(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], children: [HTMLNode]
    ) -> HTMLNode {
        .element(name: name, attributes: HTMLAttribute.list(attributes), children: children)
    }

    /// `<name attributes>`, an HTML void element (`meta`, `input`, `link`).
    package static func void(_ name: String, _ attributes: KeyValuePairs<String, String?>) -> HTMLNode {
        .empty(name: name, attributes: HTMLAttribute.list(attributes), selfClosing: false)
    }

    /// `<name attributes>`, an element whose content follows until `close(name)`.
    package static func open(_ name: String, _ attributes: KeyValuePairs<String, String?> = [:]) -> HTMLNode {
        .open(name: name, attributes: HTMLAttribute.list(attributes))
    }

    /// `</name>`.
    package static func close(_ name: String) -> HTMLNode {
        .close(name: name)
    }

    /// A line break between blocks, as docgen writes them.
    package static let newline = HTMLNode.raw("\n")

    /// The node's HTML.
    package var html: String {
        var text = ""
        write(to: &text)
        return text
    }

    /// Writes the node's HTML to `out`, escaping every text and attribute value.
    package func write(to out: inout some TextOutputStream) {
        switch self {
        case .element(_, _, let children):
            writeStart(to: &out)
            for child in children { child.write(to: &out) }
            writeEnd(to: &out)
        case .empty(let name, let attributes, let selfClosing):
            out.write("<" + name)
            for attribute in attributes { attribute.write(to: &out) }
            out.write(selfClosing ? "/>" : ">")
        case .text(let text):
            out.write(HTMLEscaping.escape(text))
        case .raw(let markup):
            out.write(markup)
        case .group(let nodes):
            for node in nodes { node.write(to: &out) }
        case .open(let name, let attributes):
            out.write("<" + name)
            for attribute in attributes { attribute.write(to: &out) }
            out.write(">")
        case .close(let name):
            out.write("</" + name + ">")
        case .doctype:
            out.write("<!DOCTYPE html>")
        }
    }

    /// An element's start tag, for content its writer draws piece by piece (an SVG's lanes); nothing for other nodes.
    func writeStart(to out: inout some TextOutputStream) {
        guard case .element(let name, let attributes, _) = self else { return }
        out.write("<" + name)
        for attribute in attributes { attribute.write(to: &out) }
        out.write(">")
    }

    /// An element's end tag; nothing for other nodes.
    func writeEnd(to out: inout some TextOutputStream) {
        guard case .element(let name, _, _) = self else { return }
        out.write("</" + name + ">")
    }
}
