/// A printf-style `%` format string parsed once into literal text and conversion specifiers, so that formatting many
/// values with it (every record of a logging format) does not parse it again.
struct PercentTemplate: Sendable {
    /// One `%…` conversion: `%(key)-10.3s`.
    struct Spec: Sendable {
        /// The `%(key)` name, nil for a positional specifier.
        let key: String?
        let leftAlign, plus, space, alternate: Bool
        /// Pad with zeros rather than blanks (flag `0` on a numeric conversion).
        let zeroPad: Bool
        let width: Int
        let precision: Int?
        let conversion: Character
    }

    enum Piece: Sendable {
        case literal(String)
        case spec(Spec)
    }

    let pieces: [Piece]

    /// Parses `format` as Python's `%` operator reads it (a lone `%` at the end stays, an unclosed `%(` is kept as
    /// text, a specifier cut off by the end is dropped).
    init(_ format: String) {
        var pieces: [Piece] = []
        var text = ""
        let chars = Array(format)
        var i = 0
        func flushText() {
            if !text.isEmpty { pieces.append(.literal(text)) }
            text = ""
        }
        while i < chars.count {
            let c = chars[i]
            i += 1
            guard c == "%", i < chars.count else {
                text.append(c)
                continue
            }
            if chars[i] == "%" {
                text.append("%")
                i += 1
                continue
            }
            var key: String?
            if chars[i] == "(" {
                guard let close = chars[i...].firstIndex(of: ")") else {
                    text.append(contentsOf: String(chars[(i - 1)...]))
                    break
                }
                key = String(chars[(i + 1)..<close])
                i = close + 1
            }
            var flags = Set<Character>()
            while i < chars.count, "-+ 0#".contains(chars[i]) {
                flags.insert(chars[i])
                i += 1
            }
            var width = 0
            while i < chars.count, let digit = chars[i].wholeNumberValue {
                width = width * 10 + digit
                i += 1
            }
            var precision: Int?
            if i < chars.count, chars[i] == "." {
                i += 1
                var p = 0
                while i < chars.count, let digit = chars[i].wholeNumberValue {
                    p = p * 10 + digit
                    i += 1
                }
                precision = p
            }
            guard i < chars.count else { break }
            let conversion = chars[i]
            i += 1
            flushText()
            pieces.append(
                .spec(
                    Spec(
                        key: key, leftAlign: flags.contains("-"), plus: flags.contains("+"),
                        space: flags.contains(" "), alternate: flags.contains("#"),
                        zeroPad: flags.contains("0") && "dixXofeEgG".contains(conversion), width: width,
                        precision: precision, conversion: conversion)))
        }
        flushText()
        self.pieces = pieces
    }
}
