/// The lines of a Markdown text, as slices of it (not copies): split at each `"\n"` character, as
/// `split(separator: "\n", omittingEmptySubsequences: false)` does (a `"\r\n"` is one character, so it does not split).
/// Holds one index per line.
struct MarkdownLines {
    let text: String
    /// Where each line starts.
    private let starts: [String.Index]

    init(_ text: String) {
        self.text = text
        var starts = [text.startIndex]
        var previous: UInt8 = 0
        var index = text.utf8.startIndex
        while index != text.utf8.endIndex {
            let byte = text.utf8[index]
            text.utf8.formIndex(after: &index)
            if byte == 0x0A, previous != 0x0D { starts.append(index) }
            previous = byte
        }
        self.starts = starts
    }

    var count: Int { starts.count }

    /// Line `number` (0-based) without its `"\n"`.
    subscript(number: Int) -> Substring {
        let end = number + 1 < starts.count ? text.utf8.index(before: starts[number + 1]) : text.endIndex
        return text[starts[number]..<end]
    }

    /// Lines `first...last` as one slice, joined by their newlines.
    func span(_ first: Int, _ last: Int) -> Substring {
        text[starts[first]..<self[last].endIndex]
    }
}
