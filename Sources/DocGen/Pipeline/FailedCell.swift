/// A cell whose run failed unexpectedly.
package struct FailedCell: Sendable, Equatable, CustomStringConvertible {
    package var file: String
    package var line: Int
    package var id: String
    package var reason: String

    package init(file: String, line: Int, id: String, reason: String) {
        self.file = file
        self.line = line
        self.id = id
        self.reason = reason
    }

    package var description: String { "\(file):\(line): cell \(id) \(reason)" }
}
