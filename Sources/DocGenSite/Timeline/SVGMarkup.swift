/// Writes SVG elements into a string, escaping every attribute value and text, one element per line.
struct SVGMarkup {
    private(set) var text = ""

    /// Opens `<name attributes…>`; close it with `close(_:)`.
    mutating func open(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        text += "<" + name + Self.attributeText(attributes) + ">\n"
    }

    mutating func close(_ name: String) {
        text += "</" + name + ">\n"
    }

    /// An element without content: `<name attributes…/>`.
    mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String>) {
        text += "<" + name + Self.attributeText(attributes) + "/>\n"
    }

    /// `<name attributes…>content<title>tooltip</title></name>`, where `content` is plain text.
    mutating func element(
        _ name: String, _ attributes: KeyValuePairs<String, String>, content: String = "", tooltip: String? = nil
    ) {
        text += "<" + name + Self.attributeText(attributes) + ">" + content.htmlEscaped
        if let tooltip { text += "<title>" + tooltip.htmlEscaped + "</title>" }
        text += "</" + name + ">\n"
    }

    /// `<title>text</title>`: the accessible name / hover text of the enclosing element.
    mutating func title(_ content: String) {
        text += "<title>" + content.htmlEscaped + "</title>\n"
    }

    /// Text that is already markup (a stylesheet without `<` or `&`).
    mutating func raw(_ markup: String) {
        text += markup
    }

    private static func attributeText(_ attributes: KeyValuePairs<String, String>) -> String {
        attributes.map { " " + $0.key + "=\"" + $0.value.htmlEscaped + "\"" }.joined()
    }
}
