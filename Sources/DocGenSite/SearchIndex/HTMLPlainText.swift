/// The text a reader sees in a fragment of HTML (cmark-gfm's prose): tags removed (a blank where a block ends),
/// entities decoded, blanks folded.
enum HTMLPlainText {
    private static let inlineTags: Set<String> = ["a", "code", "em", "strong", "span", "del", "sub", "sup", "b", "i"]

    static func text(of html: String) -> String {
        var text = ""
        var tag: String?
        var entity: String?
        for character in html {
            if let name = tag {
                if character == ">" {
                    let bare = name.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
                    if !inlineTags.contains(bare) { text += " " }
                    tag = nil
                } else {
                    tag = name + String(character)
                }
            } else if character == "<" {
                tag = ""
            } else if var pending = entity {
                if character == ";" {
                    text += decode(pending)
                    entity = nil
                } else if pending.count > 10 || character == " " || character == "&" {
                    text += "&" + pending
                    entity = character == "&" ? "" : nil
                    if character != "&" { text.append(character) }
                } else {
                    pending.append(character)
                    entity = pending
                }
            } else if character == "&" {
                entity = ""
            } else {
                text.append(character)
            }
        }
        if let pending = entity { text += "&" + pending }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    private static func decode(_ name: String) -> String {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            let hex = name.hasPrefix("#x") || name.hasPrefix("#X")
            let digits = name.dropFirst(hex ? 2 : 1)
            if name.hasPrefix("#"), let value = UInt32(digits, radix: hex ? 16 : 10), let scalar = Unicode.Scalar(value) {
                return String(Character(scalar))
            }
            return "&" + name + ";"
        }
    }
}
