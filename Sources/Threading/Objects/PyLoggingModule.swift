/// The `logging` module for translated code, on Threading's `logging` (one write per record, as CPython's handler).
/// Messages are formatted with the object layer's `%` (so `%d` and `%.2f` of Python values are CPython's) before the
/// record is written; `funcName`/`lineno` come from the Python frame.
enum PyLoggingModule {
    static let Logger: PyType = {
        let type = PyType.native("Logger", module: "logging", wrapping: PyLoggerBox.self, params: ["name"]) { a in
            PyLoggerBox(Threading.logging.getLogger(try a[0].asString()))
        }
        for (name, level) in levels where name != "NOTSET" && name != "WARN" && name != "FATAL" {
            type.method(name.lowercased(), ["msg", "*args"]) { a in
                try emit(
                    try a[0].wrapped(PyLoggerBox.self, for: name.lowercased()).logger, LogLevel(level), a[1],
                    try a[2].items(), root: false)
                return .None
            }
        }
        type.method("log", ["level", "msg", "*args"]) { a in
            try emit(
                try a[0].wrapped(PyLoggerBox.self, for: "log").logger, LogLevel(try a[1].asInt()), a[2],
                try a[3].items(), root: false)
            return .None
        }
        type.method("setLevel", ["level"]) { a in
            try a[0].wrapped(PyLoggerBox.self, for: "setLevel").logger.setLevel(try level(a[1]))
            return .None
        }
        type.getter("name") { PyObject(try $0.wrapped(PyLoggerBox.self, for: "name").logger.name) }
        type.method("__repr__") { a in
            PyObject("<Logger \(try a[0].wrapped(PyLoggerBox.self, for: "__repr__").logger.name)>")
        }
        return type
    }()

    static let levels: [(String, Int)] = [
        ("NOTSET", 0), ("DEBUG", 10), ("INFO", 20), ("WARNING", 30), ("WARN", 30), ("ERROR", 40), ("CRITICAL", 50),
        ("FATAL", 50),
    ]

    static func make() -> PyObject { template.instantiate() }

    private static let template = PyModuleTemplate(name: "logging") { module in
        for (name, value) in levels { module.set(name, PyObject(value)) }
        module.type(Logger)
        module.function(
            "basicConfig", ["*", "level=", "format=", "datefmt=", "stream=", "force="],
            defaults: [.None, .None, .None, .None, false]
        ) { a in
            var stream: StdStream?
            if !a[3].isNone {
                guard let std = a[3].ref as? PyStdStream else {
                    throw PyError.make(py.ValueError, "docgen's logging writes to sys.stdout or sys.stderr only")
                }
                stream = std.stream
            }
            Threading.logging.basicConfig(
                level: a[0].isNone ? nil : try level(a[0]), format: a[1].isNone ? nil : try a[1].asString(),
                datefmt: a[2].isNone ? nil : try a[2].asString(), stream: stream, force: try a[4].isTrue)
            return .None
        }
        for (name, level) in levels where name != "NOTSET" && name != "WARN" && name != "FATAL" {
            // `logging.info(msg)` (no arguments to format) without binding an empty `args`.
            let message = PyQuickBodies(one: { msg in
                try emit(Threading.logging.root, LogLevel(level), msg, [], root: true)
                return .None
            })
            module.function(name.lowercased(), ["msg", "*args"], bodies: message) { a in
                try emit(Threading.logging.root, LogLevel(level), a[0], try a[1].items(), root: true)
                return .None
            }
        }
        module.function("log", ["level", "msg", "*args"]) { a in
            try emit(Threading.logging.root, LogLevel(try a[0].asInt()), a[1], try a[2].items(), root: true)
            return .None
        }
        module.function("getLogger", ["name="], defaults: [.None]) { a in
            PyObject(
                ref: PyInstance(
                    cls: Logger,
                    native: PyLoggerBox(Threading.logging.getLogger(a[0].isNone ? nil : try a[0].asString()))))
        }
        module.function("getLevelName", ["level"]) { a in
            PyObject(LogLevel(try a[0].asInt()).name)
        }
    }

    private static func level(_ value: PyObject) throws -> LogLevel {
        if case .str(let name) = value.storage {
            guard let match = levels.first(where: { $0.0 == name }) else {
                throw PyError.make(py.ValueError, "Unknown level: \(pythonQuoted(name))")
            }
            return LogLevel(match.1)
        }
        return LogLevel(try value.asInt())
    }

    /// One record: `msg % args` (when there are args) written by `logger`, tagged with the Python frame's function
    /// and line.
    private static func emit(
        _ logger: Threading.Logger, _ level: LogLevel, _ msg: PyObject, _ args: [PyObject], root: Bool
    ) throws {
        var text = try pyStr(msg)
        if !args.isEmpty {
            let operand: PyObject = args.count == 1 && args[0].ref is PyDict ? args[0] : .tuple(args)
            text = try percentFormat(text, operand)
        }
        logger.emit(level, text, [], autoConfigure: root) {
            let frame = PyFrames.current.top
            return (file: frame?.source?.file ?? "<cell>", line: frame?.line ?? 0, function: frame?.name ?? "<module>")
        }
    }
}

/// A Threading logger as the state of a Python `Logger` object.
final class PyLoggerBox: @unchecked Sendable {
    let logger: Threading.Logger
    init(_ logger: Threading.Logger) { self.logger = logger }
}
