/// `with manager as value: body`: `__enter__`, the body, then `__exit__` (which may swallow the body's exception by
/// returning a true value).
public func with(_ manager: PyObject, _ body: (PyObject) throws -> Void) throws {
    let context = try PyWith(manager)
    let value = try context.enter()
    do {
        try body(value)
    } catch {
        try context.exit(error)
        return
    }
    try context.exit(nil)
}

/// The explicit form of `with`, for bodies that `return` or `break`:
///
///     let cm = try PyWith(lock); let _ = try cm.enter()
///     do { … } catch { try cm.exit(error) }   // rethrows unless __exit__ swallowed it
///     try cm.exit(nil)
public struct PyWith {
    private let manager: PyObject
    private let exitMethod: PyObject

    public init(_ manager: PyObject) throws {
        guard manager.dunder("__enter__") != nil else {
            throw PyError.make(
                py.TypeError, "'\(manager.typeName)' object does not support the context manager protocol")
        }
        guard let exit = manager.dunder("__exit__") else {
            throw PyError.make(
                py.TypeError,
                "'\(manager.typeName)' object does not support the context manager protocol (missed __exit__ method)")
        }
        self.manager = manager
        exitMethod = exit
    }

    /// Calls `__enter__`, giving what `as` binds.
    public func enter() throws -> PyObject { try manager.callSpecial("__enter__", []) }

    /// `__exit__(None, None, None)` for a `defer` (a body that returns or breaks): an error `__exit__` raises is
    /// kept for the next `at(N)`, like `PyError.dropped`.
    public func exitQuietly() {
        do { _ = try exitMethod.call([manager, .None, .None, .None]) } catch { PyError.dropped(error) }
    }

    /// Calls `__exit__` with the body's error (nil when it ended normally); rethrows the error unless `__exit__`
    /// returned a true value.
    public func exit(_ error: (any Error)?) throws {
        guard let error else {
            _ = try exitMethod.call([manager, .None, .None, .None])
            return
        }
        if error is RunEnded {
            // A thread unwound after its run ended: the block is left as by `return`, and the unwinding goes on.
            exitQuietly()
            throw error
        }
        let python = PyError(bridging: error)
        let swallowed = try exitMethod.call([manager, PyObject(ref: python.value.pyType), python.value, .None])
        if try !swallowed.isTrue { throw python }
    }
}
