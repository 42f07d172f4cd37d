/// Python's `concurrent.futures.Future`: the eventual result of a call submitted to a `ThreadPoolExecutor` (or of
/// anything that calls `set_result`/`set_exception`). `result()` waits for the value, or throws what the call threw.
///
///     let future = try executor.submit(pow, 2, 8)
///     print(try future.result())              // 256
public final class Future<T>: AnyFuture, @unchecked Sendable {
    /// Guarded by `condition`, like the state.
    private var value: T?

    /// A pending future (as `Future()`; executors make them for you).
    public override init() { super.init() }

    /// The call's value, waiting up to `timeout` seconds (nil: forever); rethrows the call's error. CancelledError
    /// if the future was cancelled; TimeoutError if it did not finish in time.
    public func result(timeout: Double? = nil) throws -> T {
        try condition.with {
            try awaitDone(timeout: timeout)
            if let error { throw error }
            return value!
        }
    }

    /// Python's `result(timeout)` written positionally.
    public func result(_ timeout: Double?) throws -> T { try result(timeout: timeout) }

    /// Python's `exception(timeout)` written positionally.
    public func exception(_ timeout: Double?) throws -> (any Error)? { try exception(timeout: timeout) }

    /// Finishes the future with `result`; InvalidStateError if it is already done.
    public func set_result(_ result: T) throws {
        try condition.with {
            try checkNotDone()
            value = result
            state = .finished
            for waiter in waiters { waiter.add(self) }
            try? condition.notify_all()
        }
        invokeCallbacks()
    }

    /// Calls `fn(future)` once the future is done (at once if it already is), in the thread that completes it. An
    /// error `fn` throws is logged (`exception calling callback for <Future …>`), not raised.
    public func add_done_callback(_ fn: @escaping (Future<T>) throws -> Void) {
        let call = { [self] in
            do { try fn(self) } catch { logCallbackError(error) }
        }
        let later = condition.with { () -> Bool in
            guard !state.isDone else { return false }
            doneCallbacks.append(call)
            return true
        }
        if !later { call() }
    }

    override var returnedTypeName: String { value.map { pythonClassName(of: $0) } ?? "NoneType" }
}
