/// A transcript that does not follow the tagged format, with the 1-based line that broke it.
package struct TranscriptError: Error, Equatable, CustomStringConvertible {
    package var line: Int
    package var text: String
    package var reason: String

    package init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }

    package var description: String { "transcript line \(line): \(reason): \(text.prefix(120))" }
}
