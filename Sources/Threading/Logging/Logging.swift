/// Python's `logging` module: `basicConfig`, the module-level `debug/info/warning/error/critical`, levels, and
/// `%`-style record formats (`%(asctime)s`, `%(threadName)-10s`, `%(levelname)s`, `%(message)s`, …). Records go to
/// stderr by default, tagged with the calling thread.
public enum logging {
    public static let NOTSET = LogLevel.NOTSET
    public static let DEBUG = LogLevel.DEBUG
    public static let INFO = LogLevel.INFO
    public static let WARNING = LogLevel.WARNING
    public static let WARN = LogLevel.WARNING
    public static let ERROR = LogLevel.ERROR
    public static let CRITICAL = LogLevel.CRITICAL

    /// Configures the root logger once (later calls do nothing unless `force`), as Python's `basicConfig`.
    public static func basicConfig(
        level: LogLevel? = nil, format: String? = nil, datefmt: String? = nil, stream: StdStream? = nil,
        force: Bool = false
    ) {
        let world = Context.world
        world.schedulingPoint()
        world.modules.logging.configure(level: level, format: format, datefmt: datefmt, stream: stream, force: force)
    }

    /// `basicConfig(format=…, level=…)` in the order Python code often writes it.
    public static func basicConfig(
        format: String, level: LogLevel, datefmt: String? = nil, stream: StdStream? = nil, force: Bool = false
    ) {
        basicConfig(level: level, format: format, datefmt: datefmt, stream: stream, force: force)
    }

    public static func debug(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        root.emit(.DEBUG, msg, args, autoConfigure: true, site: (file, line, function))
    }

    public static func info(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        root.emit(.INFO, msg, args, autoConfigure: true, site: (file, line, function))
    }

    public static func warning(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        root.emit(.WARNING, msg, args, autoConfigure: true, site: (file, line, function))
    }

    public static func error(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        root.emit(.ERROR, msg, args, autoConfigure: true, site: (file, line, function))
    }

    public static func critical(
        _ msg: Any, _ args: Any..., file: String = #fileID, line: Int = #line,
        function: String = #function
    ) {
        root.emit(.CRITICAL, msg, args, autoConfigure: true, site: (file, line, function))
    }

    public static func log(
        _ level: LogLevel, _ msg: Any, _ args: Any..., file: String = #fileID,
        line: Int = #line, function: String = #function
    ) {
        root.emit(level, msg, args, autoConfigure: true, site: (file, line, function))
    }

    /// `logging.getLogger(name)`; nil or "root" is the root logger.
    public static func getLogger(_ name: String? = nil) -> Logger { Logger(name: name ?? "root") }

    /// `logging.getLevelName(level)`.
    public static func getLevelName(_ level: LogLevel) -> String { level.name }

    static let root = Logger(name: "root")
}
