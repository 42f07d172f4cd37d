/// Splits the body of a docgen comment into words separated by blanks. A value may be quoted to hold blanks:
/// `mask="value \d+"`; inside quotes `\"` is a quote, `\\` a backslash, and any other backslash is kept as written
/// (so `\d` stays `\d`). Quotes are only allowed around a whole value, right after `=`.
struct OptionTokenizer {
    private let file: String
    private let characters: [Character]
    private var index = 0
    private var line: Int

    /// `body` is the comment's text after `docgen:`, which starts on `line` of `file`.
    init(_ body: Substring, file: String, line: Int) {
        self.file = file
        self.characters = Array(body)
        self.line = line
    }

    /// Every word, in order.
    ///
    /// - Throws: `ParseError.badOption` for an empty key (`=5`, a lone `=`), a missing value (`timeout=`), an
    ///   unclosed quote, or a quote anywhere but around a whole value.
    mutating func words() throws(ParseError) -> [OptionWord] {
        var words: [OptionWord] = []
        while true {
            skipBlanks()
            guard index < characters.count else { return words }
            words.append(try word())
        }
    }

    private mutating func skipBlanks() {
        while index < characters.count, characters[index].isWhitespace {
            if characters[index].isNewline { line += 1 }
            index += 1
        }
    }

    private mutating func word() throws(ParseError) -> OptionWord {
        let start = index
        let startLine = line
        var key = ""
        while index < characters.count, !characters[index].isWhitespace, characters[index] != "=" {
            key.append(characters[index])
            index += 1
        }
        func bad(_ why: String) -> ParseError { badWord(from: start, line: startLine, why) }
        if key.contains("\"") { throw bad("quotes may only surround a value: key=\"…\"") }
        guard index < characters.count, characters[index] == "=" else {
            return OptionWord(key: key, value: nil, written: key, line: startLine)
        }
        index += 1  // the "="
        if key.isEmpty {
            skipToBlank()
            throw bad("'=' needs a key before it and a value after it, e.g. timeout=10")
        }
        let value: String
        if index < characters.count, characters[index] == "\"" {
            value = try quoted(wordStart: start, line: startLine)
            if index < characters.count, !characters[index].isWhitespace {
                skipToBlank()
                throw bad("put a blank after the closing quote")
            }
        } else {
            var text = ""
            while index < characters.count, !characters[index].isWhitespace {
                text.append(characters[index])
                index += 1
            }
            if text.contains("\"") { throw bad("quotes may only surround a whole value: \(key)=\"…\"") }
            value = text
        }
        if value.isEmpty { throw bad("\(key)= needs a value after '='") }
        return OptionWord(key: key, value: value, written: written(from: start), line: startLine)
    }

    /// The quoted text starting at the opening quote; leaves `index` after the closing one.
    private mutating func quoted(wordStart: Int, line startLine: Int) throws(ParseError) -> String {
        index += 1  // the opening quote
        var text = ""
        while index < characters.count {
            let character = characters[index]
            index += 1
            switch character {
            case "\"":
                return text
            case "\\" where index < characters.count && (characters[index] == "\"" || characters[index] == "\\"):
                text.append(characters[index])
                index += 1
            default:
                if character.isNewline { line += 1 }
                text.append(character)
            }
        }
        throw badWord(
            from: wordStart, line: startLine,
            "the quote is never closed; end the value with \" (write \\\" for a quote inside it)")
    }

    private mutating func skipToBlank() {
        while index < characters.count, !characters[index].isWhitespace { index += 1 }
    }

    private func badWord(from start: Int, line: Int, _ why: String) -> ParseError {
        .badOption(file: file, line: line, word: written(from: start), why: why)
    }

    private func written(from start: Int) -> String {
        String(characters[start..<min(index, characters.count)]).trimmingWhitespace()
    }
}
