/// A cell whose run failed unexpectedly.
public struct FailedCell: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var id: String
    public var reason: String

    public init(file: String, line: Int, id: String, reason: String) {
        self.file = file
        self.line = line
        self.id = id
        self.reason = reason
    }

    public var description: String { "\(file):\(line): cell \(id) \(reason)" }
}
