/// Writes SVG elements into a string through `HTMLNode` (every attribute value and text escaped), one element per
/// line; an element's start and end are written apart, so its content can be drawn in between.
struct SVGMarkup {
    private(set) var text = ""

    /// Opens `<name attributes…>`; close it with `close(_:)`.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        HTMLNode.element(name: name, attributes: Self.list(attributes), children: []).writeStart(to: &text)
        text += "\n"
    }

    mutating func close(_ name: String) {
        HTMLNode.element(name: name, attributes: [], children: []).writeEnd(to: &text)
        text += "\n"
    }

    /// An element without content: `<name attributes…/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        HTMLNode.empty(name: name, attributes: Self.list(attributes), selfClosing: true).write(to: &text)
        text += "\n"
    }

    /// `<name attributes…>content<title>tooltip</title></name>`, where `content` is plain text.
    mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String>, content: String = "", tooltip: String? = nil
    ) {
        var children: [HTMLNode] = [.text(content)]
        if let tooltip { children.append(.tag("title", [:], .text(tooltip))) }
        HTMLNode.element(name: name, attributes: Self.list(attributes), children: children).write(to: &text)
        text += "\n"
    }

    /// `<title>text</title>`: the accessible name / hover text of the enclosing element.
    mutating func title(_ content: String) {
        HTMLNode.tag("title", [:], .text(content)).write(to: &text)
        text += "\n"
    }

    /// Text that is already markup (a stylesheet without `<` or `&`).
    mutating func raw(_ markup: String) {
        HTMLNode.raw(markup).write(to: &text)
    }

    private static func list(_ attributes: KeyValuePairs<String, String>) -> [HTMLAttribute] {
        attributes.map { HTMLAttribute($0.key, $0.value) }
    }
}
