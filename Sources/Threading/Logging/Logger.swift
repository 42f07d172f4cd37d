/// Python's `logging.Logger`: named, with its own level (NOTSET defers to the root), writing through the root
/// logger's `basicConfig` handler.
public struct Logger: Sendable {
    public let name: String

    public func setLevel(_ level: LogLevel) { Context.world.modules.logging.setLevel(level, logger: name) }

    public func debug(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        emit(.DEBUG, msg, args, autoConfigure: false, site: (file, line, function))
    }

    public func info(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        emit(.INFO, msg, args, autoConfigure: false, site: (file, line, function))
    }

    public func warning(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        emit(.WARNING, msg, args, autoConfigure: false, site: (file, line, function))
    }

    public func error(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        emit(.ERROR, msg, args, autoConfigure: false, site: (file, line, function))
    }

    public func critical(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        emit(.CRITICAL, msg, args, autoConfigure: false, site: (file, line, function))
    }

    /// Formats and writes one record if `level` passes the logger's effective level.
    func emit(
        _ level: LogLevel, _ msg: Any, _ args: [Any], autoConfigure: Bool,
        site: (file: String, line: Int, function: String)
    ) {
        emit(level, msg, args, autoConfigure: autoConfigure) { site }
    }

    /// `emit` with the record's site (file, line, function) found only when the format prints it (`readsSite`):
    /// translated code finds it in its Python frames, at a cost most formats never need.
    func emit(
        _ level: LogLevel, _ msg: Any, _ args: [Any], autoConfigure: Bool,
        site: () -> (file: String, line: Int, function: String)
    ) {
        let world = Context.world
        let config = world.modules.logging.handler(for: name, autoConfigure: autoConfigure)
        guard level >= config.threshold else {
            world.schedulingPoint()
            return
        }
        let text = str(msg, plain: world.plainTypes)
        let message = args.isEmpty ? text : PercentFormat.format(text, args)
        guard config.configured else {
            // No handler anywhere: Python's `lastResort` prints the bare message to stderr.
            world.write(message + "\n", to: .stderr)
            return
        }
        let record = LogRecord(
            world: world, name: name, level: level, message: message,
            site: config.format.readsSite ? site() : LogRecord.unknownSite)
        world.write(record.formatted(config.format, dateFormat: config.dateFormat, terminator: "\n"), to: config.stream)
    }
}
