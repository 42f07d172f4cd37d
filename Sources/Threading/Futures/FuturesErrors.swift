/// The exceptions of Python's `concurrent.futures` (CPython's class paths as their type names).

/// `concurrent.futures.CancelledError`: `result()` or `exception()` of a cancelled future.
public struct CancelledError: PythonException, Equatable {
    public let message: String
    public var typeName: String { "concurrent.futures._base.CancelledError" }
    public init(_ message: String = "") { self.message = message }
}

/// Python's built-in `TimeoutError` (`concurrent.futures.TimeoutError` is the same class since 3.11): a wait on
/// futures ran out of time.
public struct TimeoutError: PythonException, Equatable {
    public let message: String
    public var typeName: String { "TimeoutError" }
    public init(_ message: String = "") { self.message = message }
}

/// `concurrent.futures.InvalidStateError`: `set_result`/`set_exception` on a future that is already done.
public struct InvalidStateError: PythonException, Equatable {
    public let message: String
    public var typeName: String { "concurrent.futures._base.InvalidStateError" }
    public init(_ message: String = "") { self.message = message }
}

/// `concurrent.futures.thread.BrokenThreadPool`: a worker's initializer failed, so the pool takes no more work.
public struct BrokenThreadPool: PythonException, Equatable {
    public let message: String
    public var typeName: String { "concurrent.futures.thread.BrokenThreadPool" }
    public init(_ message: String = "") { self.message = message }
}
