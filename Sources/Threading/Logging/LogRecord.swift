/// One log record's attributes, as `%(name)s` keys of a format string.
struct LogRecord {
    let world: World
    let name: String
    let level: LogLevel
    let message: String
    let site: (file: String, line: Int, function: String)

    func formatted(_ format: String, dateFormat: String?) -> String {
        let core = Context.current
        let runtime = world.runtime
        // As Python 3.12+: created and msecs from nanoseconds, so 0.1 s gives 100 ms, not 99.
        let nanoseconds = runtime.wallTimeNanoseconds()
        let created = Double(nanoseconds) / 1e9
        let msecs = Double(nanoseconds % 1_000_000_000 / 1_000_000)
        let file = String(site.file.split(separator: "/").last ?? Substring(site.file))
        var values: [String: Any] = [
            "name": name,
            "levelname": level.name,
            "levelno": level.value,
            "message": message,
            "created": created,
            "msecs": msecs,
            "relativeCreated": runtime.now * 1000,
            "thread": core.ident ?? 0,
            "threadName": core.name,
            "process": runtime.processID,
            "processName": "MainProcess",
            "filename": file,
            "module": String(file.split(separator: ".").first ?? Substring(file)),
            "lineno": site.line,
            "funcName": site.function,
            "pathname": site.file,
        ]
        if format.contains("%(asctime)") {
            let local = CivilTime(epochSeconds: created, utcOffset: runtime.utcOffset(at: created))
            if let dateFormat {
                values["asctime"] = local.format(dateFormat)
            } else {
                values["asctime"] = local.format("%Y-%m-%d %H:%M:%S") + "," + PercentFormat.format("%03d", [msecs])
            }
        }
        return PercentFormat.format(format, mapping: values)
    }
}
