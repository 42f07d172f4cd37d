/// Text as it may reach a terminal in one of docgen's messages: control characters (ESC, BEL, backspace, carriage
/// return, the C1 codes, DEL) and the Unicode line and paragraph separators are shown as `\u{1B}`, so that a file name
/// or a program's output quoted in a message can neither move the cursor, recolour or retitle the terminal nor break
/// the message's line. Tabs stay; newlines stay too (they separate a message's lines) unless `keepsNewlines` is false.
package enum TerminalText {
    package static func printable(_ text: String, keepsNewlines: Bool = true) -> String {
        func escaped(_ scalar: Unicode.Scalar) -> Bool {
            switch scalar {
            case "\t": false
            case "\n": !keepsNewlines
            default:
                scalar.properties.generalCategory == .control || scalar.value == 0x2028 || scalar.value == 0x2029
            }
        }
        guard text.unicodeScalars.contains(where: escaped) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if escaped(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
