import DocGenModel

extension PageOptions {
    /// The marker that starts a page options comment.
    static let marker = "docgen-page:"

    /// Reads the options in an HTML block's literal text, or returns `nil` when the block is not a
    /// `<!-- docgen-page: … -->` comment.
    ///
    /// - Throws: `ParseError.badOption` naming `file` and the word's line for an unknown or repeated key or a bad
    ///   value.
    package static func parse(htmlBlock literal: String, file: String, line: Int) throws(ParseError) -> PageOptions? {
        var body = Substring(literal)
        let leading = body.prefix { $0.isWhitespace }
        body = body.dropFirst(leading.count)
        while let last = body.last, last.isWhitespace { body = body.dropLast() }
        guard body.hasPrefix("<!--"), body.hasSuffix("-->") else { return nil }
        body = body.dropFirst(4).dropLast(3)
        let blanks = body.prefix { $0.isWhitespace }
        body = body.dropFirst(blanks.count)
        guard body.hasPrefix(marker) else { return nil }
        let firstLine = line + (leading + blanks).filter(\.isNewline).count
        var tokenizer = OptionTokenizer(body.dropFirst(marker.count), file: file, line: firstLine)
        var options = PageOptions()
        var seen: [String: Int] = [:]
        for word in try tokenizer.words() {
            if let earlier = seen[word.key] {
                throw .badOption(
                    file: file, line: word.line, word: word.written,
                    why: "\(word.key) is already set on line \(earlier); keep one of them")
            }
            seen[word.key] = word.line
            switch (word.key, word.value) {
            case ("swift", "hidden"): options.swiftHidden = true
            case ("swift", "shown"): options.swiftHidden = false
            case ("swift", _):
                throw .badOption(
                    file: file, line: word.line, word: word.written, why: "write swift=hidden or swift=shown")
            default:
                throw .badOption(
                    file: file, line: word.line, word: word.written,
                    why: "the page options are swift=hidden and swift=shown")
            }
        }
        return options
    }
}
