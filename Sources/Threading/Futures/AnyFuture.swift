/// Python's `concurrent.futures.Future` without its result type: the state machine every `Future<T>` shares, so
/// `wait` and `as_completed` also take futures of different result types (`[AnyFuture]`). Hashable by identity, as
/// Python's futures are.
///
/// State (`state`, the error, waiters, callbacks) is guarded by `condition`'s lock, as in CPython.
public class AnyFuture: @unchecked Sendable, Hashable, CustomStringConvertible {
    enum State: String {
        case pending = "PENDING"
        case running = "RUNNING"
        case cancelled = "CANCELLED"
        case cancelledAndNotified = "CANCELLED_AND_NOTIFIED"
        case finished = "FINISHED"

        var isCancelled: Bool { self == .cancelled || self == .cancelledAndNotified }
        var isDone: Bool { isCancelled || self == .finished }
        /// What `wait` and `as_completed` count as completed: finished, or cancelled and seen by its executor (a
        /// future merely cancelled still counts as pending there, as in CPython).
        var isCompleted: Bool { self == .cancelledAndNotified || self == .finished }
        /// `_STATE_TO_DESCRIPTION_MAP`.
        var description: String { isCancelled ? "cancelled" : rawValue.lowercased() }
    }

    let condition: Condition
    var state = State.pending
    var error: (any Error)?
    var waiters: [FutureWaiter] = []
    var doneCallbacks: [() -> Void] = []

    /// N for the N-th future of its world: the order `withConditions` takes their locks in.
    let serial: Int

    init() {
        serial = Context.world.serial("Future")
        let label = "Future#\(serial)"
        condition = Condition(label: label, lock: Lock(label: "\(label).lock"))
    }

    public static func == (lhs: AnyFuture, rhs: AnyFuture) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }

    // MARK: state

    /// Cancels the future unless it is running or done; true if it is (now) cancelled.
    @discardableResult public func cancel() -> Bool {
        let outcome: Bool? = condition.with {
            if state == .running || state == .finished { return false }
            if state.isCancelled { return true }
            state = .cancelled
            try? condition.notify_all()
            return nil
        }
        if let outcome { return outcome }
        invokeCallbacks()
        return true
    }

    /// Whether the future was cancelled.
    public func cancelled() -> Bool { condition.with { state.isCancelled } }
    /// Whether the call is running now.
    public func running() -> Bool { condition.with { state == .running } }
    /// Whether the future was cancelled or finished.
    public func done() -> Bool { condition.with { state.isDone } }

    /// The error the call threw (nil if it returned), waiting up to `timeout` seconds (nil: forever) for it to
    /// finish. CancelledError if cancelled; TimeoutError if it did not finish in time.
    public func exception(timeout: Double? = nil) throws -> (any Error)? {
        try condition.with {
            try awaitDone(timeout: timeout)
            return error
        }
    }

    /// With the condition held: returns once finished, waiting up to `timeout`; CancelledError or TimeoutError.
    func awaitDone(timeout: Double?) throws {
        if state.isCancelled { throw CancelledError() }
        if state == .finished { return }
        try condition.wait(timeout: timeout)
        if state.isCancelled { throw CancelledError() }
        if state != .finished { throw TimeoutError() }
    }

    // MARK: for executors and tests

    /// Marks the future running (true), or, if it was cancelled, tells the waiters and returns false. RuntimeError
    /// "Future in unexpected state" otherwise (logged as CRITICAL, as CPython does).
    public func set_running_or_notify_cancel() throws -> Bool {
        try condition.with {
            switch state {
            case .cancelled:
                state = .cancelledAndNotified
                for waiter in waiters { waiter.add(self) }
                return false
            case .pending:
                state = .running
                return true
            default:
                logging.getLogger("concurrent.futures").critical(
                    "Future %s in unexpected state: %s", pythonAddressNumber(of: self), state.rawValue)
                throw RuntimeError("Future in unexpected state")
            }
        }
    }

    /// Finishes the future with `error` (what `result()` then throws); InvalidStateError if it is already done.
    public func set_exception(_ error: any Error) throws {
        try condition.with {
            try checkNotDone()
            self.error = error
            state = .finished
            for waiter in waiters { waiter.add(self, failed: true) }
            try? condition.notify_all()
        }
        invokeCallbacks()
    }

    /// With the condition held: InvalidStateError `FINISHED: <Future …>` when done.
    func checkNotDone() throws {
        if state.isDone { throw InvalidStateError("\(state.rawValue): \(reprLocked)") }
    }

    /// Runs the callbacks once the future is done (outside the condition), each in the order added.
    func invokeCallbacks() {
        let callbacks = condition.with {
            defer { doneCallbacks = [] }
            return doneCallbacks
        }
        for callback in callbacks { callback() }
    }

    /// `LOGGER.exception('exception calling callback for %r', self)`.
    func logCallbackError(_ error: any Error) {
        logging.getLogger("concurrent.futures").error(
            "exception calling callback for \(description)\nTraceback (most recent call last):\n"
                + pythonErrorLine(error))
    }

    // MARK: repr

    /// `returned int` for a typed future's result; overridden by `Future<T>`.
    var returnedTypeName: String { "NoneType" }

    /// Python's `repr(future)`: `<Future at 0x… state=finished returned int>`.
    public var description: String { condition.with { reprLocked } }

    private var reprLocked: String {
        let head = "<Future at \(pythonAddress(of: self)) state=\(state.description)"
        guard state == .finished else { return head + ">" }
        if let error { return head + " raised \(pythonClassName(of: error))>" }
        return head + " returned \(returnedTypeName)>"
    }
}

/// `id(object)` as a number, for `%s`.
private func pythonAddressNumber(of object: AnyObject) -> Int {
    Int(pythonAddress(of: object).dropFirst(2), radix: 16) ?? 0
}
