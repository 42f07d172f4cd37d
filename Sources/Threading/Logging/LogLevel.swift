/// A logging level: `DEBUG` 10, `INFO` 20, `WARNING` 30, `ERROR` 40, `CRITICAL` 50.
public struct LogLevel: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let value: Int

    public init(_ value: Int) { self.value = value }

    public static let NOTSET = LogLevel(0)
    public static let DEBUG = LogLevel(10)
    public static let INFO = LogLevel(20)
    public static let WARNING = LogLevel(30)
    public static let WARN = WARNING
    public static let ERROR = LogLevel(40)
    public static let CRITICAL = LogLevel(50)
    public static let FATAL = CRITICAL

    /// `%(levelname)s`: `INFO`, or `Level 15` for a custom value.
    public var name: String {
        switch value {
        case 0: "NOTSET"
        case 10: "DEBUG"
        case 20: "INFO"
        case 30: "WARNING"
        case 40: "ERROR"
        case 50: "CRITICAL"
        default: "Level \(value)"
        }
    }

    public var description: String { name }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.value < rhs.value }
}
