/// One run's `logging` configuration (the root logger's handler and level); one lock.
final class LoggingState: @unchecked Sendable {
    struct Config {
        var configured = false
        var level = LogLevel.WARNING
        /// Python's default format until `basicConfig` sets one; parsed once.
        var format = LogFormat.standard
        var dateFormat: String?
        var stream = StdStream.stderr
        var loggerLevels: [String: LogLevel] = [:]
    }

    private let lock = InternalLock()
    private var config = Config()

    /// What emitting one record of `logger` needs, read under one lock: the logger's effective level, whether a
    /// handler is configured, and the handler's format, date format and stream. With `autoConfigure` (the module-level
    /// functions), an unconfigured root logger is first configured with the defaults, as `basicConfig()` would.
    func handler(for logger: String, autoConfigure: Bool) -> Handler {
        lock.withLock {
            if autoConfigure && !config.configured {
                config.configured = true
                config.dateFormat = nil
            }
            let threshold = logger == "root" ? config.level : (config.loggerLevels[logger] ?? config.level)
            return Handler(
                threshold: threshold, configured: config.configured, format: config.format,
                dateFormat: config.dateFormat, stream: config.stream)
        }
    }

    struct Handler {
        let threshold: LogLevel
        let configured: Bool
        let format: LogFormat
        let dateFormat: String?
        let stream: StdStream
    }

    /// `basicConfig`: applies only the first time (unless `force`), as in Python.
    func configure(level: LogLevel?, format: String?, datefmt: String?, stream: StdStream?, force: Bool) {
        lock.withLock {
            guard !config.configured || force else { return }
            config.configured = true
            if let level { config.level = level }
            if let format, format != config.format.text { config.format = LogFormat.parsed(format) }
            config.dateFormat = datefmt
            if let stream { config.stream = stream }
        }
    }

    func setLevel(_ level: LogLevel, logger: String) {
        lock.withLock {
            if logger == "root" { config.level = level } else { config.loggerLevels[logger] = level }
        }
    }
}
