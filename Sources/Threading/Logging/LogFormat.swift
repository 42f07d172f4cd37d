import Synchronization

/// A `basicConfig(format=…)` string parsed once: its text and `%(attribute)` specifiers, each attribute resolved to the
/// record field it reads, so that formatting a record neither parses the format nor builds a dictionary.
///
/// A class: every record reads its run's format (`LoggingState.handler`), and a reference is one retain where the
/// fields (the text and three arrays of pieces) would be one each.
final class LogFormat: Sendable {
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
    /// `pieces` cut at its one plain `%(message)s` (no flags, width or precision), when every other specifier reads
    /// an attribute that stays the same while one thread logs through one logger at one level (`RecordPrefix`);
    /// nil otherwise.
    let aroundMessage: (before: [Piece], after: [Piece])?
    /// Whether a specifier prints where the record was made: its file, module, line or function.
    let readsSite: Bool

    private init(_ text: String) {
        self.text = text
        pieces = PercentTemplate(text).pieces.map { piece in
            switch piece {
            case .literal(let literal): .literal(literal)
            case .spec(let spec): .field(spec.key.flatMap(Field.init(rawValue:)), spec)
            }
        }
        aroundMessage = Self.cut(pieces)
        readsSite = pieces.contains { piece in
            guard case .field(let field?, _) = piece else { return false }
            return Self.siteFields.contains(field)
        }
    }

    /// The attributes that `LogRecord.site` gives.
    private static let siteFields: Set<Field> = [.pathname, .filename, .module, .lineno, .funcName]

    /// The attributes that `RecordPrefix` keys on (the logger, the level, the thread) or that never change in a run.
    private static let steadyFields: Set<Field> = [
        .name, .levelname, .levelno, .thread, .threadName, .process, .processName,
    ]

    private static func cut(_ pieces: [Piece]) -> (before: [Piece], after: [Piece])? {
        var message: Int?
        for (index, piece) in pieces.enumerated() {
            guard case .field(let field, let spec) = piece, let field else { continue }
            if field == .message {
                let plain =
                    spec.conversion == "s" && spec.width == 0 && spec.precision == nil && !spec.leftAlign
                    && !spec.plus && !spec.space && !spec.alternate && !spec.zeroPad
                guard message == nil, plain else { return nil }
                message = index
            } else if !steadyFields.contains(field) {
                return nil
            }
        }
        guard let message else { return nil }
        return (Array(pieces[..<message]), Array(pieces[(message + 1)...]))
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
