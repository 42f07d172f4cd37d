import Threading

/// One line of a program's output, as the fidelity check compares it: the stream, the thread that printed it, and
/// the text without its newline.
package struct FidelityLine: Sendable, Equatable, Hashable, Comparable {
    package var stream: StdStream
    package var thread: String
    package var text: String

    package init(stream: StdStream, thread: String, text: String) {
        self.stream = stream
        self.thread = thread
        self.text = text
    }

    /// The line as stored in a recording: `stream`, tab, `thread`, tab, `text`.
    package var encoded: String { "\(stream.rawValue)\t\(thread)\t\(text)" }

    /// Reads `encoded`, or returns `nil` when the line has no stream and thread fields.
    package init?(encoded: Substring) {
        let fields = encoded.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, let stream = StdStream(rawValue: String(fields[0])) else { return nil }
        self.init(stream: stream, thread: String(fields[1]), text: String(fields[2]))
    }

    /// How the line reads in a report: `[thread] text`, with `(stderr)` when it went to stderr.
    package var display: String {
        "[\(thread)] \(text)" + (stream == .stderr ? "  (stderr)" : "")
    }

    package static func < (lhs: FidelityLine, rhs: FidelityLine) -> Bool { lhs.encoded < rhs.encoded }
}
