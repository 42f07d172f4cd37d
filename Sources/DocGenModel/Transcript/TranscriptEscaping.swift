/// How transcript text stays on one line: `\\`, `\n`, `\t`, `\r`, other control characters as `\u{XX}`, a trailing
/// space or tab as `\u{20}` / `\u{9}` (so editors that strip trailing blanks change nothing), and any character in
/// `extra` (e.g. `]` in thread names) as `\` + that character.
package enum TranscriptEscaping {
    package static func escape(_ text: String, extra: Set<Character> = []) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        for (offset, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t" where offset < scalars.count - 1: result += "\\t"
            case "\r": result += "\\r"
            case " " where offset == scalars.count - 1: result += "\\u{20}"
            case _ where scalar.properties.generalCategory == .control:
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            case _ where extra.contains(Character(scalar)):
                result += "\\" + String(scalar)
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Reverses `escape`. Returns `nil` on an unknown or unfinished escape.
    static func unescape(_ text: Substring, extra: Set<Character> = []) -> String? {
        // Every escape starts with a backslash: a text without one (most of a transcript) is its own unescaping.
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return String(text) }
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            guard scalar == "\\" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let code = scalars.popFirst() else { return nil }
            switch code {
            case "\\": result += "\\"
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "u":
                guard scalars.popFirst() == "{", let close = scalars.firstIndex(of: "}"),
                    let value = UInt32(String(scalars[..<close]), radix: 16), let decoded = Unicode.Scalar(value)
                else { return nil }
                result.unicodeScalars.append(decoded)
                scalars = scalars[scalars.index(after: close)...]
            case _ where extra.contains(Character(code)):
                result.unicodeScalars.append(code)
            default:
                return nil
            }
        }
        return result
    }
}
