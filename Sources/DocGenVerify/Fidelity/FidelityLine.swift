import Threading

/// One line of a program's output, as the fidelity check compares it: the stream, the thread that printed it, and
/// the text without its newline.
public struct FidelityLine: Sendable, Equatable, Hashable, Comparable {
    public var stream: StdStream
    public var thread: String
    public var text: String

    public init(stream: StdStream, thread: String, text: String) {
        self.stream = stream
        self.thread = thread
        self.text = text
    }

    /// The line as stored in a recording: `stream`, tab, `thread`, tab, `text`.
    public var encoded: String { "\(stream.rawValue)\t\(thread)\t\(text)" }

    /// Reads `encoded`, or returns `nil` when the line has no stream and thread fields.
    public init?(encoded: Substring) {
        let fields = encoded.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3, let stream = StdStream(rawValue: String(fields[0])) else { return nil }
        self.init(stream: stream, thread: String(fields[1]), text: String(fields[2]))
    }

    /// How the line reads in a report: `[thread] text`, with `(stderr)` when it went to stderr.
    public var display: String {
        "[\(thread)] \(text)" + (stream == .stderr ? "  (stderr)" : "")
    }

    public static func < (lhs: FidelityLine, rhs: FidelityLine) -> Bool { lhs.encoded < rhs.encoded }
}
