/// One log record's attributes, as `%(name)s` keys of a format string.
struct LogRecord {
    let world: World
    let name: String
    let level: LogLevel
    let message: String
    let site: (file: String, line: Int, function: String)

    /// The site of a record whose format prints none of it (`LogFormat.readsSite`).
    static let unknownSite = (file: "", line: 0, function: "")

    /// The record as `format` prints it, followed by `terminator`. Each attribute is computed only if the format names
    /// it (all at the same virtual instant: formatting has no scheduling point).
    func formatted(_ format: LogFormat, dateFormat: String?, terminator: String = "") -> String {
        // A program may make `String` print itself otherwise: then string fields go through `str()` like any value.
        let stringsArePlain = (world.plainTypes ?? .now).string
        if stringsArePlain, format.aroundMessage != nil {
            return prefix(format, terminator: terminator).record(message)
        }
        var out = ""
        out.reserveCapacity(format.text.utf8.count + message.utf8.count + terminator.utf8.count + 32)
        var clock = RecordClock(runtime: world.runtime)
        append(format.pieces, to: &out, stringsArePlain: stringsArePlain, dateFormat: dateFormat, clock: &clock)
        out += terminator
        return out
    }

    /// The text around the message of a format cut there (`terminator` after it): the calling thread's last one when
    /// its record was alike.
    private func prefix(_ format: LogFormat, terminator: String) -> RecordPrefix {
        // The calling thread's core borrowed (`Context.current` costs a retain and a release at every record).
        Context.withBound { prefix(format, terminator: terminator, of: $0) }
            ?? prefix(format, terminator: terminator, of: Context.current)
    }

    /// `prefix(_:terminator:)` of the calling thread, `core`.
    private func prefix(_ format: LogFormat, terminator: String, of core: ThreadCore) -> RecordPrefix {
        let threadName = core.name
        if let kept = core.recordPrefix,
            kept.matches(
                format: format.text, logger: name, level: level, threadName: threadName, ident: core.ident,
                terminator: terminator)
        {
            return kept
        }
        guard let around = format.aroundMessage else { preconditionFailure("a format without a cut at its message") }
        var before = ""
        var after = ""
        var clock = RecordClock(runtime: world.runtime)  // not read: the steady attributes have no time
        append(around.before, to: &before, stringsArePlain: true, dateFormat: nil, clock: &clock)
        append(around.after, to: &after, stringsArePlain: true, dateFormat: nil, clock: &clock)
        after += terminator
        let made = RecordPrefix(
            format: format.text, logger: name, level: level, threadName: threadName, ident: core.ident, before: before,
            after: after, terminator: terminator)
        core.recordPrefix = made
        return made
    }

    /// Appends each of `pieces` with the record's attributes.
    private func append(
        _ pieces: [LogFormat.Piece], to out: inout String, stringsArePlain: Bool, dateFormat: String?,
        clock: inout RecordClock
    ) {
        for piece in pieces {
            switch piece {
            case .literal(let text):
                out += text
            case .field(let field, let spec):
                guard let field else {
                    PercentFormat.appendPadded(PercentFormat.convert(nil, spec), spec, to: &out)
                    continue
                }
                switch value(of: field, dateFormat: dateFormat, clock: &clock) {
                case .string(let text) where stringsArePlain:
                    PercentFormat.appendString(text, spec, to: &out)
                case .string(let text):
                    PercentFormat.appendPadded(PercentFormat.convert(text, spec), spec, to: &out)
                case .int(let number):
                    PercentFormat.appendPadded(PercentFormat.convert(number, spec), spec, to: &out)
                case .double(let number):
                    PercentFormat.appendPadded(PercentFormat.convert(number, spec), spec, to: &out)
                }
            }
        }
    }

    private enum Value {
        case string(String)
        case int(Int)
        case double(Double)
    }

    /// The record's creation time, read from the runtime once, when a field first needs it (so `created`, `msecs` and
    /// `asctime` agree under the real clock too).
    private struct RecordClock {
        let runtime: any Runtime
        private var read: Int64?

        init(runtime: any Runtime) { self.runtime = runtime }

        // As Python 3.12+: created and msecs from nanoseconds, so 0.1 s gives 100 ms, not 99.
        mutating func nanoseconds() -> Int64 {
            if let read { return read }
            let now = runtime.wallTimeNanoseconds()
            read = now
            return now
        }
        mutating func created() -> Double { Double(nanoseconds()) / 1e9 }
        mutating func msecs() -> Double { Double(nanoseconds() % 1_000_000_000 / 1_000_000) }
    }

    private func value(of field: LogFormat.Field, dateFormat: String?, clock: inout RecordClock) -> Value {
        let runtime = world.runtime
        switch field {
        case .name: return .string(name)
        case .levelname: return .string(level.name)
        case .levelno: return .int(level.value)
        case .message: return .string(message)
        case .created: return .double(clock.created())
        case .msecs: return .double(clock.msecs())
        case .relativeCreated: return .double(runtime.now * 1000)
        case .thread: return .int(Context.current.ident ?? 0)
        case .threadName: return .string(Context.current.name)
        case .process: return .int(runtime.processID)
        case .processName: return .string("MainProcess")
        case .filename: return .string(filename)
        case .module: return .string(String(filename.split(separator: ".").first ?? Substring(filename)))
        case .lineno:
            PyPageLines.markShown()
            return .int(site.line)
        case .funcName: return .string(site.function)
        case .pathname: return .string(site.file)
        case .asctime:
            let created = clock.created()
            let local = CivilTime(epochSeconds: created, utcOffset: runtime.utcOffset(at: created))
            if let dateFormat { return .string(local.format(dateFormat)) }
            return .string(local.format("%Y-%m-%d %H:%M:%S") + "," + PercentFormat.format("%03d", [clock.msecs()]))
        }
    }

    private var filename: String { String(site.file.split(separator: "/").last ?? Substring(site.file)) }
}
