/// An options comment in Markdown: an HTML block `<!-- MARKER word word … -->` (for example `<!-- docgen: skip -->`),
/// read as its option words.
struct OptionComment {
    private let words: [OptionWord]
    private let file: String
    private let repeatable: Set<String>

    /// Reads an HTML block's literal text, or returns `nil` when the block is not a comment starting with `marker`.
    ///
    /// - Parameters:
    ///   - literal: the block's text as cmark-gfm gives it.
    ///   - file: the page's file, named in errors.
    ///   - line: the line the block starts on.
    ///   - repeatable: the keys that may appear more than once.
    /// - Throws: `ParseError.badOption` naming `file` and the word's line for a malformed word.
    init?(htmlBlock literal: String, marker: String, file: String, line: Int, repeatable: Set<String> = [])
        throws(ParseError)
    {
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
        words = try tokenizer.words()
        self.file = file
        self.repeatable = repeatable
    }

    /// Gives each word to `apply` in the order written; a key written again (not `repeatable`) is an error where it
    /// is repeated, so a bad value before it is the one reported.
    ///
    /// - Throws: `ParseError.badOption` for a repeated key, or what `apply` throws.
    func forEachWord(_ apply: (OptionWord) throws(ParseError) -> Void) throws(ParseError) {
        var seen: [String: Int] = [:]
        for word in words {
            if !repeatable.contains(word.key), let earlier = seen[word.key] {
                throw .badOption(
                    file: file, line: word.line, word: word.written,
                    why: "\(word.key) is already set on line \(earlier); keep one of them")
            }
            seen[word.key] = word.line
            try apply(word)
        }
    }
}
