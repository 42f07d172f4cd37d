/// An exception object's builtin state: `args`, `__cause__`, `__context__`, and the frames it was raised through.
final class PyExceptionState: @unchecked Sendable {
    var args: [PyObject]
    var cause: PyObject = .None
    var context: PyObject = .None
    var suppressContext = false
    var traceback: [PyTracebackEntry]?
    /// For an AttributeError of a failed lookup: the object and the name (`AttributeError.obj` and `.name`), from
    /// which the traceback's "Did you mean" is computed.
    var missingAttribute: (object: PyObject, name: String)?

    init(args: [PyObject]) { self.args = args }
}

extension PyTypes {
    static let BaseException = makeBaseException()
    static let Exception = exception("Exception", base: BaseException)
    static let SystemExit = makeSystemExit()
    static let KeyboardInterrupt = exception("KeyboardInterrupt", base: BaseException)
    static let GeneratorExit = exception("GeneratorExit", base: BaseException)
    static let StopIteration = exception("StopIteration", base: Exception)
    static let ArithmeticError = exception("ArithmeticError", base: Exception)
    static let OverflowError = exception("OverflowError", base: ArithmeticError)
    static let ZeroDivisionError = exception("ZeroDivisionError", base: ArithmeticError)
    static let AssertionError = exception("AssertionError", base: Exception)
    static let AttributeError = exception("AttributeError", base: Exception)
    static let LookupError = exception("LookupError", base: Exception)
    static let IndexError = exception("IndexError", base: LookupError)
    static let KeyError = makeKeyError()
    static let NameError = exception("NameError", base: Exception)
    static let UnboundLocalError = exception("UnboundLocalError", base: NameError)
    static let OSError = exception("OSError", base: Exception)
    static let TimeoutError = exception("TimeoutError", base: OSError)
    static let ConnectionError = exception("ConnectionError", base: OSError)
    static let BrokenPipeError = exception("BrokenPipeError", base: ConnectionError)
    static let ConnectionAbortedError = exception("ConnectionAbortedError", base: ConnectionError)
    static let ConnectionRefusedError = exception("ConnectionRefusedError", base: ConnectionError)
    static let ConnectionResetError = exception("ConnectionResetError", base: ConnectionError)
    static let FileNotFoundError = exception("FileNotFoundError", base: OSError)
    static let FileExistsError = exception("FileExistsError", base: OSError)
    static let PermissionError = exception("PermissionError", base: OSError)
    static let InterruptedError = exception("InterruptedError", base: OSError)
    static let BlockingIOError = exception("BlockingIOError", base: OSError)
    static let EOFError = exception("EOFError", base: Exception)
    static let MemoryError = exception("MemoryError", base: Exception)
    static let BufferError = exception("BufferError", base: Exception)
    static let UnicodeError = exception("UnicodeError", base: ValueError)
    static let RuntimeError = exception("RuntimeError", base: Exception)
    static let NotImplementedError = exception("NotImplementedError", base: RuntimeError)
    static let RecursionError = exception("RecursionError", base: RuntimeError)
    static let TypeError = exception("TypeError", base: Exception)
    static let ValueError = exception("ValueError", base: Exception)
    static let ImportError = exception("ImportError", base: Exception)
    static let SyntaxError = exception("SyntaxError", base: Exception)
    static let ModuleNotFoundError = exception("ModuleNotFoundError", base: ImportError)
    static let Warning = exception("Warning", base: Exception)
    static let DeprecationWarning = exception("DeprecationWarning", base: Warning)
    static let UserWarning = exception("UserWarning", base: Warning)
    static let RuntimeWarning = exception("RuntimeWarning", base: Warning)
    static let BrokenBarrierError = exception("BrokenBarrierError", module: "threading", base: RuntimeError)
    static let QueueEmpty = exception("Empty", module: "_queue", base: Exception)
    static let QueueFull = exception("Full", module: "queue", base: Exception)
    static let QueueShutDown = exception("ShutDown", module: "queue", base: Exception)
    static let FuturesError = exception("Error", module: "concurrent.futures._base", base: Exception)
    static let CancelledError = exception("CancelledError", module: "concurrent.futures._base", base: FuturesError)
    static let InvalidStateError = exception(
        "InvalidStateError", module: "concurrent.futures._base", base: FuturesError)
    static let BrokenExecutor = exception("BrokenExecutor", module: "concurrent.futures._base", base: RuntimeError)
    static let BrokenThreadPool = exception(
        "BrokenThreadPool", module: "concurrent.futures.thread", base: BrokenExecutor)

    /// Every builtin exception class by the name a Threading error's `typeName` gives (`queue.Full`).
    static let exceptionsByTypeName: [String: PyType] = {
        let all: [PyType] = [
            BaseException, Exception, SystemExit, KeyboardInterrupt, StopIteration, ArithmeticError, OverflowError,
            ZeroDivisionError, AssertionError, AttributeError, LookupError, IndexError, KeyError, NameError,
            UnboundLocalError, OSError, TimeoutError, RuntimeError, NotImplementedError, RecursionError, TypeError,
            ValueError, BrokenBarrierError, QueueEmpty, QueueFull, QueueShutDown, CancelledError, InvalidStateError,
            BrokenThreadPool, DeprecationWarning, UserWarning, RuntimeWarning, Warning,
            ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
            FileNotFoundError, FileExistsError, PermissionError, InterruptedError, BlockingIOError, EOFError,
            MemoryError, BufferError, UnicodeError,
        ]
        var map: [String: PyType] = [:]
        for type in all { map[type.qualified(withMain: false)] = type }
        return map
    }()

    static func exception(_ name: String, module: String = "builtins", base: PyType) -> PyType {
        PyType(builtin: name, module: module, base: base)
    }

    private static func makeBaseException() -> PyType {
        let type = PyType(builtin: "BaseException", base: object)
        type.construct = { cls, args, kwargs in
            if !kwargs.isEmpty, cls.isBuiltin {
                throw PyError.make(py.TypeError, "\(cls.name)() takes no keyword arguments")
            }
            return PyObject(ref: PyInstance(cls: cls, native: PyExceptionState(args: args)))
        }
        type.method("__init__", ["*args"]) { a in
            a[0].exceptionState?.args = try a[1].items()
            return .None
        }
        type.method("__str__") { a in
            PyObject(try exceptionStr(a[0]))
        }
        type.method("__repr__") { a in
            let args = a[0].exceptionState?.args ?? []
            let name = a[0].pyType.qualname
            if args.count == 1 { return PyObject("\(name)(\(try pyRepr(args[0])))") }
            return PyObject("\(name)(\(try args.map(pyRepr).joined(separator: ", ")))")
        }
        type.property(
            "args", get: { .tuple($0.exceptionState?.args ?? []) },
            set: { object, value in object.exceptionState?.args = try value.items() })
        type.property(
            "__cause__", get: { $0.exceptionState?.cause ?? .None },
            set: { object, value in
                object.exceptionState?.cause = value
                object.exceptionState?.suppressContext = true
            })
        type.property(
            "__context__", get: { $0.exceptionState?.context ?? .None },
            set: { object, value in object.exceptionState?.context = value })
        type.method("with_traceback", ["tb"]) { a in a[0] }
        return type
    }

    private static func makeKeyError() -> PyType {
        let type = exception("KeyError", base: LookupError)
        type.method("__str__") { a in
            let args = a[0].exceptionState?.args ?? []
            return PyObject(args.count == 1 ? try pyRepr(args[0]) : try exceptionStr(a[0]))
        }
        return type
    }

    private static func makeSystemExit() -> PyType {
        let type = exception("SystemExit", base: BaseException)
        type.getter("code") { object in
            let args = object.exceptionState?.args ?? []
            return args.isEmpty ? .None : args.count == 1 ? args[0] : .tuple(args)
        }
        return type
    }
}

/// `BaseException.__str__`: "" without arguments, `str(arg)` for one, the tuple's `str` for more.
func exceptionStr(_ exception: PyObject) throws -> String {
    let args = exception.exceptionState?.args ?? []
    switch args.count {
    case 0: return ""
    case 1: return try pyStr(args[0])
    default: return try pyStr(.tuple(args))
    }
}

extension PyObject {
    /// The exception state, when this is an exception object.
    var exceptionState: PyExceptionState? { native(PyExceptionState.self) }

    /// Whether this is an exception instance.
    var isException: Bool { pyType.isSubtype(of: PyTypes.BaseException) }
}
