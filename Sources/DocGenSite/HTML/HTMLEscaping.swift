/// The one place where text becomes HTML, used by `HTMLNode` for every text and attribute value it writes.
enum HTMLEscaping {
    /// Text safe inside an element or a quoted attribute: `&`, `<`, `>`, `"` and `'` become entities; control
    /// characters other than tab, newline and carriage return (which HTML forbids) become U+FFFD.
    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: it is returned as it is, without being copied scalar by scalar.
        if !text.utf8.contains(where: needsLookingAt) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
            default:
                let forbidden =
                    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                    || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                result.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return result
    }

    /// True for a UTF-8 byte that `escape` may change: `&<>"'`, an ASCII control other than tab, newline and carriage
    /// return, or the lead byte of U+0080…U+009F (0xC2) or of U+FFFE and U+FFFF (0xEF).
    private static func needsLookingAt(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): false
        case 0..<0x20, 0x7F, 0xC2, 0xEF: true
        default: false
        }
    }
}
