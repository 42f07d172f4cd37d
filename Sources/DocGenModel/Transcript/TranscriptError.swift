/// A transcript that does not follow the tagged format, with the 1-based line that broke it.
public struct TranscriptError: Error, Equatable, CustomStringConvertible {
    public var line: Int
    public var text: String
    public var reason: String

    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }

    public var description: String { "transcript line \(line): \(reason): \(text.prefix(120))" }
}
