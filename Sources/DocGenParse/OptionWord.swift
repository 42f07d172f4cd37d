/// One word of a `<!-- docgen: … -->` comment: a bare key (`skip`) or `key=value`, with the line it starts on and the
/// text as written (for messages).
struct OptionWord: Equatable {
    var key: String
    /// The value after `=`, with quotes and escapes resolved; `nil` for a bare key.
    var value: String?
    /// The word exactly as written in the comment.
    var written: String
    /// The 1-based line of the Markdown file where the word starts.
    var line: Int
}
