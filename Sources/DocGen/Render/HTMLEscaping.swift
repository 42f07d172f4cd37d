/// The one place where text becomes HTML. Everything that came from a program, a file name or a heading's plain text
/// goes through here; only cmark-gfm's output and docgen's own markup are inserted raw.
enum HTMLEscaping {
    /// Text safe inside an element or a double-quoted attribute.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

extension String {
    /// This text escaped for HTML (`HTMLEscaping.escape`).
    var htmlEscaped: String { HTMLEscaping.escape(self) }
}
