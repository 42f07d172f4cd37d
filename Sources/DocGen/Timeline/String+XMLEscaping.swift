extension String {
    /// This text made safe as XML/HTML character data or a quoted attribute value: `&`, `<`, `>`, `"` and `'`
    /// become entities, and characters XML 1.0 forbids (control characters other than tab, newline and carriage
    /// return, U+FFFE, U+FFFF) become U+FFFD, so any program output can be embedded.
    var xmlEscaped: String {
        var escaped = ""
        escaped.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            case "\r": escaped += "&#13;"
            case "\t", "\n": escaped.unicodeScalars.append(scalar)
            default:
                let forbidden = scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                escaped.unicodeScalars.append(forbidden ? "\u{FFFD}" : scalar)
            }
        }
        return escaped
    }
}
