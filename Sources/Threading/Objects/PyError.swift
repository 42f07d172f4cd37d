/// A Python exception in flight: the one Swift error translated code throws and catches. `value` is the exception
/// object (an instance of `BaseException` or a subclass); the traceback is taken where it was first raised.
///
///     throw try PyError(try py.ValueError("bad item"))
///     … catch let e as PyError where e.matches(py.KeyError) { let e = e.value … }
public struct PyError: PythonException, @unchecked Sendable {
    /// The exception object.
    public let value: PyObject

    /// Raises `exception`: an exception object, or a class (instantiated with no arguments); `cause` is `raise … from
    /// cause`. TypeError "exceptions must derive from BaseException" for anything else.
    public init(_ exception: PyObject, cause: PyObject? = nil) throws {
        var exception = exception
        if let type = exception.asType, type.isSubtype(of: PyTypes.BaseException) {
            exception = try exception.call([])
        }
        guard exception.isException else {
            throw PyError.make(py.TypeError, "exceptions must derive from BaseException")
        }
        if let cause {
            exception.exceptionState?.cause = cause
            exception.exceptionState?.suppressContext = true
        }
        self.init(raising: exception)
    }

    /// The Python exception for any error: a PyError itself; a Threading error (`RuntimeError("release unlocked
    /// lock")`, `queue.Empty`) as the Python class of the same name with its message.
    public init(bridging error: any Error) {
        if let error = error as? PyError {
            self = error
            return
        }
        if let python = error as? any PythonException {
            let type = PyTypes.exceptionsByTypeName[python.typeName] ?? PyTypes.Exception
            var args: [PyObject] = python.message.isEmpty ? [] : [PyObject(python.message)]
            if let exit = error as? SystemExit { args = exit.code == 0 ? [] : [PyObject(exit.code)] }
            self.init(raising: PyObject(ref: PyInstance(cls: type, native: PyExceptionState(args: args))))
            return
        }
        let text = String(describing: error)
        self.init(
            raising: PyObject(ref: PyInstance(cls: PyTypes.Exception, native: PyExceptionState(args: [PyObject(text)])))
        )
    }

    private init(raising exception: PyObject) {
        value = exception
        if let state = exception.exceptionState, state.traceback == nil {
            state.traceback = PyFrames.current.traceback
        }
    }

    /// A builtin exception of class `type` with `message` (no arguments when nil), raised here.
    static func make(_ type: PyObject, _ message: String?) -> PyError {
        let cls = type.asType ?? PyTypes.Exception
        let args: [PyObject] = message.map { [PyObject($0)] } ?? []
        return PyError(raising: PyObject(ref: PyInstance(cls: cls, native: PyExceptionState(args: args))))
    }

    /// AttributeError `message` for `name` missing on `object`, whose traceback line suggests the nearest name.
    static func noAttribute(_ object: PyObject, _ name: String, _ message: String) -> PyError {
        let error = make(py.AttributeError, message)
        error.value.exceptionState?.missingAttribute = (object, name)
        return error
    }

    /// What a traceback's last line adds after the message: CPython's `. Did you mean: 'is_alive'?` for a missing
    /// attribute with a near name, else nil.
    var displaySuggestion: String? {
        guard let (object, name) = value.exceptionState?.missingAttribute,
            let suggestion = PyNameSuggestion.forAttribute(name, of: object)
        else { return nil }
        return ". Did you mean: '\(suggestion)'?"
    }

    /// An error raised where Swift cannot throw (a `finally` body run from `defer`): raised at the next `at(N)`
    /// marker or when the running function returns.
    public static func dropped(_ error: any Error) {
        PyFrames.current.keep(PyError(bridging: error))
    }

    /// Whether an `except T:` clause catches it: `type` is its class or a base of it, or a tuple holding one.
    public func matches(_ type: PyObject) -> Bool {
        if let cls = type.asType { return value.pyType.isSubtype(of: cls) }
        if let tuple = type.ref as? PyTuple { return tuple.items.contains { matches($0) } }
        return false
    }

    /// The class name a traceback's last line shows (`ValueError`, `queue.Full`, `MyError` for `__main__`'s).
    public var typeName: String { value.pyType.qualified(withMain: false) }

    /// `str(exception)`.
    public var message: String { (try? pyStr(value)) ?? "<exception str() failed>" }

    /// `repr(exception)`.
    public var pythonRepr: String { (try? pyRepr(value)) ?? typeName + "()" }

    /// The frames it was raised through, outermost first.
    var tracebackEntries: [PyTracebackEntry]? { value.exceptionState?.traceback }
}
