/// A link in the Markdown that points at a page or anchor the site does not have.
package struct LinkIssue: Sendable, Equatable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var destination: String
    package var reason: String

    package init(file: String, line: Int, destination: String, reason: String) {
        self.file = file
        self.line = line
        self.destination = destination
        self.reason = reason
    }

    package var description: String { "\(file):\(line): broken link '\(destination)': \(reason)" }
}
