/// Highlights Python or Swift source at build time: keywords, literals, strings (triple-quoted, prefixed, f-strings and
/// Swift interpolations, whose expressions are highlighted as code), comments, numbers and decorators become
/// `<span class="…">` (classes from `SyntaxKind`). Everything else is text, so the page needs no script.
///
/// A scanner, not a parser: it never fails and never drops a character. Removing the tags and unescaping gives the
/// source back exactly, whatever the input (unterminated strings and comments run to the end of the line or code).
struct SyntaxHighlighter {
    /// `code` as HTML for `language`; text only when the language is unknown.
    static func node(_ code: String, language: String) -> HTMLNode {
        guard let rules = SyntaxLanguage.named(language) else { return .text(code) }
        return node(code, rules: rules)
    }

    static func node(_ code: String, rules: SyntaxLanguage) -> HTMLNode {
        var scanner = SyntaxHighlighter(Array(code.unicodeScalars), rules: rules)
        scanner.scanCode(upTo: scanner.chars.count)
        return .group(scanner.output)
    }

    private let chars: [Unicode.Scalar]
    private let rules: SyntaxLanguage
    private var index = 0
    private var output: [HTMLNode] = []

    private init(_ chars: [Unicode.Scalar], rules: SyntaxLanguage) {
        self.chars = chars
        self.rules = rules
        output.reserveCapacity(chars.count / 2)
    }

    // MARK: Code

    private mutating func scanCode(upTo end: Int) {
        var plainStart = index
        while index < end {
            let start = index
            if startsString(upTo: end) {
                emit(nil, plainStart..<start)
                if rules.pythonStrings { scanPythonString(upTo: end) } else { scanSwiftString(upTo: end) }
                plainStart = index
            } else if let kind = scanToken(upTo: end) {
                emit(nil, plainStart..<start)
                emit(kind, start..<index)
                plainStart = index
            } else if index == start {
                index += 1
            }
        }
        emit(nil, plainStart..<index)
    }

    /// Scans one token at `index` and returns its kind when it is one to colour; otherwise returns nil, having moved
    /// past a plain word or not at all.
    private mutating func scanToken(upTo end: Int) -> SyntaxKind? {
        let c = chars[index]
        if matches(rules.lineComment, at: index) {
            while index < end, chars[index] != "\n" { index += 1 }
            return .comment
        }
        if rules.blockComments, matches("/*", at: index) {
            scanBlockComment(upTo: end)
            return .comment
        }
        if c == "@", index + 1 < end, isIdentifierStart(chars[index + 1]), rules.decoratorsAnywhere || atLineStart() {
            index += 1
            while index < end, isIdentifierPart(chars[index]) || (chars[index] == "." && !rules.decoratorsAnywhere) {
                index += 1
            }
            return .decorator
        }
        if !rules.pythonStrings, c == "#", index + 1 < end, isIdentifierStart(chars[index + 1]) {
            index += 1
            while index < end, isIdentifierPart(chars[index]) { index += 1 }
            return .keyword
        }
        if isIdentifierStart(c) {
            let start = index
            while index < end, isIdentifierPart(chars[index]) { index += 1 }
            let word = String(String.UnicodeScalarView(chars[start..<index]))
            if rules.keywords.contains(word) { return .keyword }
            if rules.literals.contains(word) { return .literal }
            return nil
        }
        if isDigit(c) {
            scanNumber(upTo: end)
            return .number
        }
        return nil
    }

    // MARK: Strings

    /// The length of a Python string's prefix and opening quote at `position` (`f"`, `rb'''`), nil if none starts.
    private func pythonStringPrefix(at position: Int, upTo end: Int) -> (letters: String, length: Int)? {
        var cursor = position
        var letters = ""
        while cursor < end, cursor - position < 2, "rRbBuUfF".unicodeScalars.contains(chars[cursor]) {
            letters.unicodeScalars.append(chars[cursor])
            cursor += 1
        }
        guard cursor < end, chars[cursor] == "\"" || chars[cursor] == "'" else { return nil }
        return (letters.lowercased(), cursor + 1 - position)
    }

    /// Whether a string (with its Python prefix or Swift `#`s) starts at `index`.
    private func startsString(upTo end: Int) -> Bool {
        if rules.pythonStrings { return pythonStringPrefix(at: index, upTo: end) != nil }
        var cursor = index
        while cursor < end, chars[cursor] == "#" { cursor += 1 }
        return cursor < end && chars[cursor] == "\""
    }

    private mutating func scanPythonString(upTo end: Int) {
        guard let prefix = pythonStringPrefix(at: index, upTo: end) else { return }
        let start = index
        index += prefix.length
        let quote = chars[index - 1]
        let triple = index + 1 < end && chars[index] == quote && chars[index + 1] == quote
        if triple { index += 2 }
        let formatted = prefix.letters.contains("f")
        var spanStart = start
        while index < end {
            let c = chars[index]
            if c == "\\" {
                index = min(index + 2, end)
            } else if c == "\n", !triple {
                break
            } else if c == quote, !triple || (index + 2 < end && chars[index + 1] == quote && chars[index + 2] == quote)
            {
                index += triple ? 3 : 1
                break
            } else if formatted, c == "{" {
                if index + 1 < end, chars[index + 1] == "{" {
                    index += 2
                } else if let close = matchingClose(from: index + 1, open: "{", close: "}", upTo: end) {
                    emit(.string, spanStart..<index)
                    interpolate(from: index, openLength: 1, close: close)
                    spanStart = index
                } else {
                    index += 1
                }
            } else {
                index += 1
            }
        }
        emit(.string, spanStart..<index)
    }

    private mutating func scanSwiftString(upTo end: Int) {
        let start = index
        var hashes = 0
        while chars[index + hashes] == "#" { hashes += 1 }
        index += hashes
        let triple = index + 2 < end && chars[index + 1] == "\"" && chars[index + 2] == "\""
        index += triple ? 3 : 1
        let closing = String(repeating: "\"", count: triple ? 3 : 1) + String(repeating: "#", count: hashes)
        let escape = "\\" + String(repeating: "#", count: hashes)
        var spanStart = start
        while index < end {
            if matches(closing, at: index) {
                index += closing.unicodeScalars.count
                break
            }
            if matches(escape, at: index) {
                let afterEscape = index + escape.unicodeScalars.count
                if afterEscape < end, chars[afterEscape] == "(",
                    let close = matchingClose(from: afterEscape + 1, open: "(", close: ")", upTo: end)
                {
                    emit(.string, spanStart..<index)
                    interpolate(from: index, openLength: afterEscape + 1 - index, close: close)
                    spanStart = index
                } else {
                    index = min(afterEscape + 1, end)
                }
                continue
            }
            if chars[index] == "\n", !triple { break }
            index += 1
        }
        emit(.string, spanStart..<index)
    }

    /// Writes an interpolation: its opening (`{`, `\(`) and closing as plain text, the expression between as code.
    private mutating func interpolate(from start: Int, openLength: Int, close: Int) {
        emit(nil, start..<start + openLength)
        index = start + openLength
        scanCode(upTo: close)
        emit(nil, close..<close + 1)
        index = close + 1
    }

    /// The position of the `close` that balances an `open` already passed, skipping quoted text; nil if the line or
    /// code ends first.
    private func matchingClose(from position: Int, open: Unicode.Scalar, close: Unicode.Scalar, upTo end: Int) -> Int? {
        var depth = 1
        var cursor = position
        while cursor < end {
            let c = chars[cursor]
            if c == "\n" { return nil }
            if c == "\"" || c == "'" {
                cursor += 1
                while cursor < end, chars[cursor] != c, chars[cursor] != "\n" {
                    cursor += chars[cursor] == "\\" ? 2 : 1
                }
            } else if c == open {
                depth += 1
            } else if c == close {
                depth -= 1
                if depth == 0 { return cursor }
            }
            cursor += 1
        }
        return nil
    }

    // MARK: Other tokens

    private mutating func scanBlockComment(upTo end: Int) {
        var depth = 0
        while index < end {
            if matches("/*", at: index) {
                depth += 1
                index += 2
            } else if matches("*/", at: index) {
                depth -= 1
                index += 2
                if depth == 0 { return }
            } else {
                index += 1
            }
        }
    }

    private mutating func scanNumber(upTo end: Int) {
        if chars[index] == "0", index + 1 < end, "xXbBoO".unicodeScalars.contains(chars[index + 1]) {
            index += 2
            while index < end, isIdentifierPart(chars[index]) { index += 1 }
            return
        }
        while index < end, isDigit(chars[index]) || chars[index] == "_" { index += 1 }
        if index + 1 < end, chars[index] == ".", isDigit(chars[index + 1]) {
            index += 1
            while index < end, isDigit(chars[index]) || chars[index] == "_" { index += 1 }
        }
        if index < end, chars[index] == "e" || chars[index] == "E" {
            var cursor = index + 1
            if cursor < end, chars[cursor] == "+" || chars[cursor] == "-" { cursor += 1 }
            if cursor < end, isDigit(chars[cursor]) {
                index = cursor
                while index < end, isDigit(chars[index]) { index += 1 }
            }
        }
        if rules.pythonStrings, index < end, chars[index] == "j" || chars[index] == "J" { index += 1 }
    }

    // MARK: Helpers

    private mutating func emit(_ kind: SyntaxKind?, _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        let text = String(String.UnicodeScalarView(chars[range]))
        output.append(kind.map { .tag("span", ["class": $0.rawValue], .text(text)) } ?? .text(text))
    }

    private func matches(_ text: String, at position: Int) -> Bool {
        var cursor = position
        for scalar in text.unicodeScalars {
            guard cursor < chars.count, chars[cursor] == scalar else { return false }
            cursor += 1
        }
        return true
    }

    /// Only blanks before `index` on its line.
    private func atLineStart() -> Bool {
        var cursor = index - 1
        while cursor >= 0, chars[cursor] == " " || chars[cursor] == "\t" { cursor -= 1 }
        return cursor < 0 || chars[cursor] == "\n"
    }

    private func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    private func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("A"..."Z").contains(c) || c == "_" || c.value > 0x7F
    }

    private func isIdentifierPart(_ c: Unicode.Scalar) -> Bool { isIdentifierStart(c) || isDigit(c) }
}
