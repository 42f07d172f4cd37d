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

    var snapshot: Config { lock.withLock { config } }

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
