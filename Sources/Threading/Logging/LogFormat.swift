import Synchronization

/// A `basicConfig(format=…)` string parsed once: its text and `%(attribute)` specifiers, each attribute resolved to the
/// record field it reads, so that formatting a record neither parses the format nor builds a dictionary.
struct LogFormat: Sendable {
    /// A `LogRecord` attribute a format can name.
    enum Field: String, Sendable {
        case name, levelname, levelno, message, created, msecs, relativeCreated, thread, threadName, process
        case processName, filename, module, lineno, funcName, pathname, asctime
    }

    enum Piece: Sendable {
        case literal(String)
        /// A specifier; `field` nil when it names no record attribute (or none at all), which prints `%s` as-is.
        case field(Field?, PercentTemplate.Spec)
    }

    /// The format as written.
    let text: String
    let pieces: [Piece]

    private init(_ text: String) {
        self.text = text
        pieces = PercentTemplate(text).pieces.map { piece in
            switch piece {
            case .literal(let literal): .literal(literal)
            case .spec(let spec): .field(spec.key.flatMap(Field.init(rawValue:)), spec)
            }
        }
    }

    /// The parsed `text`: formats are few and every run configures one, so each is parsed once per process.
    static func parsed(_ text: String) -> LogFormat {
        if let known = cache.withLock({ $0[text] }) { return known }
        let format = LogFormat(text)
        cache.withLock { known in
            if known.count >= 256 { known = [:] }
            known[text] = format
        }
        return format
    }

    private static let cache = Mutex<[String: LogFormat]>([:])

    /// Python's default, `%(levelname)s:%(name)s:%(message)s`.
    static let standard = LogFormat("%(levelname)s:%(name)s:%(message)s")
}
