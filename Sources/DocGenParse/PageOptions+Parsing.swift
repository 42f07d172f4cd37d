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
        guard let comment = try OptionComment(htmlBlock: literal, marker: marker, file: file, line: line) else {
            return nil
        }
        var options = PageOptions()
        try comment.forEachWord { word throws(ParseError) in
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
