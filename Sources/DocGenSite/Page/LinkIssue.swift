/// A link in the Markdown that points at a page or anchor the site does not have.
public struct LinkIssue: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var destination: String
    public var reason: String

    public init(file: String, line: Int, destination: String, reason: String) {
        self.file = file
        self.line = line
        self.destination = destination
        self.reason = reason
    }

    public var description: String { "\(file):\(line): broken link '\(destination)': \(reason)" }
}
