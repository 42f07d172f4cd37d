/// An error that prints like a Python exception: `print(error)`, `str(error)`, `"\(error)"` and `%s` give its message
/// (Python's `str(e)`: `print(e)` prints the message alone), `repr(error)` and `String(reflecting:)` give
/// `ValueError('message')` (Python's `repr(e)`), and a traceback ends with `ValueError: message`.
public protocol PythonException: Error, CustomStringConvertible, CustomDebugStringConvertible,
    PythonStringConvertible
{
    /// The Python exception class name (`RuntimeError`, `ValueError`, …), with its module where Python's traceback
    /// shows one (`queue.Full`).
    var typeName: String { get }
    var message: String { get }
}

extension PythonException {
    /// Python's `str(e)`: the message ("" when there is none).
    public var description: String { message }
    /// Python's `repr(e)`.
    public var debugDescription: String { pythonRepr }
    /// Python's `str(e)`: the message ("" when there is none).
    public var pythonStr: String { message }
    /// Python's `repr(e)`: the class name without its module, then the message quoted (`ValueError('bad')`,
    /// `Empty()`).
    public var pythonRepr: String {
        let name = typeName.split(separator: ".").last.map(String.init) ?? typeName
        return message.isEmpty ? name + "()" : name + "(" + pythonQuoted(message) + ")"
    }
}

/// Python's `Exception`, for scenarios that raise a plain one.
public struct Exception: PythonException, Equatable {
    public let message: String
    public var typeName: String { "Exception" }
    public init(_ message: String = "") { self.message = message }
}

/// Python's `RuntimeError` (e.g. "release unlocked lock").
public struct RuntimeError: PythonException, Equatable {
    public let message: String
    public var typeName: String { "RuntimeError" }
    public init(_ message: String = "") { self.message = message }
}

/// Python's `ValueError` (e.g. "Semaphore released too many times").
public struct ValueError: PythonException, Equatable {
    public let message: String
    public var typeName: String { "ValueError" }
    public init(_ message: String = "") { self.message = message }
}

/// Python's `OverflowError` (a timeout too large for the platform).
public struct OverflowError: PythonException, Equatable {
    public let message: String
    public var typeName: String { "OverflowError" }
    public init(_ message: String = "") { self.message = message }
}

/// Python's `AttributeError` (reading a `local` attribute this thread never set).
public struct AttributeError: PythonException, Equatable {
    public let message: String
    public var typeName: String { "AttributeError" }
    public init(_ message: String = "") { self.message = message }
}

/// Python's `threading.BrokenBarrierError`.
public struct BrokenBarrierError: PythonException, Equatable {
    public let message: String
    public var typeName: String { "threading.BrokenBarrierError" }
    public init(_ message: String = "") { self.message = message }
}

/// Python's `queue.Empty`: `get` without an item (non-blocking, or timed out).
public struct Empty: PythonException, Equatable {
    public var message: String { "" }
    public var typeName: String { "_queue.Empty" }
    public init() {}
}

/// Python's `queue.Full`: `put` into a full bounded queue (non-blocking, or timed out).
public struct Full: PythonException, Equatable {
    public var message: String { "" }
    public var typeName: String { "queue.Full" }
    public init() {}
}

/// Python 3.13's `queue.ShutDown`: `put` after `shutdown()`, or `get` once a shut-down queue is empty.
public struct ShutDown: PythonException, Equatable {
    public var message: String { "" }
    public var typeName: String { "queue.ShutDown" }
    public init() {}
}

/// Python's `SystemExit`: ends a thread silently (excepthook ignores it).
public struct SystemExit: PythonException, Equatable {
    public let code: Int
    public var message: String { code == 0 ? "" : String(code) }
    public var typeName: String { "SystemExit" }
    /// `SystemExit(3)` (the code is an int, not quoted); `SystemExit()` for code 0, as `sys.exit()` raises it.
    public var pythonRepr: String { code == 0 ? "SystemExit()" : "SystemExit(\(code))" }
    public init(_ code: Int = 0) { self.code = code }
}

/// `TypeName: message` for any Swift error, as the last line of a Python traceback.
func pythonErrorLine(_ error: any Error) -> String {
    if let python = error as? any PythonException {
        let line = python.message.isEmpty ? python.typeName : "\(python.typeName): \(python.message)"
        return line + ((error as? PyError)?.displaySuggestion ?? "")
    }
    let text = String(describing: error)
    let typeName = String(describing: type(of: error))
    return text == typeName ? typeName : "\(typeName): \(text)"
}

/// The exception's class name, as `exc_type.__name__`.
func pythonTypeName(_ error: any Error) -> String {
    if let python = error as? any PythonException { return python.typeName }
    return String(describing: type(of: error))
}
