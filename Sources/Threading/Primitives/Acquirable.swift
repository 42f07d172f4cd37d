/// Python's argument shapes of `acquire`, in one place for `Lock`, `RLock`, `Condition`, `Semaphore` and
/// `BoundedSemaphore`: `acquire()`, `acquire(false)`, `acquire(blocking:)`, `acquire(timeout:)`, `acquire(_:timeout:)`
/// and `acquire(blocking:timeout:)`, with CPython's errors for the combinations it refuses. A conforming type names
/// its `Timeout` (which picks the rules) and supplies the one acquire every spelling reaches.
///
/// - A lock's timeout (`Lock`, `RLock`, `Condition`: `Timeout == Double`) is -1 for "forever"; with `blocking` false
///   any other value is ValueError "can't specify a timeout for a non-blocking call", a negative one ValueError
///   "timeout value must be a non-negative number", one above `TIMEOUT_MAX` OverflowError.
/// - A semaphore's (`Timeout == Double?`) is nil for "forever"; with `blocking` false any value is ValueError "can't
///   specify timeout for non-blocking acquire"; a negative one has already passed.
public protocol Acquirable: AnyObject {
    /// The type of `acquire`'s `timeout` argument: `Double` (a lock's rules) or `Double?` (a semaphore's).
    associatedtype Timeout
    /// Checks `timeout` as CPython does and gives the seconds to wait at most (nil: forever).
    @_spi(Runtime) static func checkedTimeout(_ timeout: Timeout, blocking: Bool) throws -> Double?
    /// Acquires at once or not at all unless `blocking`, else waiting at most `timeout` seconds (nil: forever);
    /// whether it acquired. The arguments are already checked.
    @_spi(Runtime) func acquire(blocking: Bool, within timeout: Double?) -> Bool
}

extension Acquirable where Timeout == Double {
    @_spi(Runtime) public static func checkedTimeout(_ timeout: Double, blocking: Bool) throws -> Double? {
        guard timeout != -1 else { return nil }
        if !blocking { throw ValueError("can't specify a timeout for a non-blocking call") }
        if timeout < 0 { throw ValueError("timeout value must be a non-negative number") }
        if timeout > TIMEOUT_MAX { throw OverflowError("timestamp out of range for platform time_t") }
        return timeout
    }
}

extension Acquirable where Timeout == Double? {
    @_spi(Runtime) public static func checkedTimeout(_ timeout: Double?, blocking: Bool) throws -> Double? {
        if !blocking && timeout != nil { throw ValueError("can't specify timeout for non-blocking acquire") }
        return timeout
    }
}

extension Acquirable {
    /// Blocks until acquired; returns true.
    @discardableResult public func acquire() -> Bool { acquire(blocking: true, within: nil) }

    /// `acquire(false)` acquires only if that needs no wait, and says whether it did.
    @discardableResult public func acquire(_ blocking: Bool) -> Bool { acquire(blocking: blocking, within: nil) }

    /// `acquire(blocking=False)`: the same, by keyword.
    @discardableResult public func acquire(blocking: Bool) -> Bool { acquire(blocking: blocking, within: nil) }

    /// Waits at most `timeout` seconds (a lock's -1, a semaphore's nil: forever); false if it could not acquire.
    @discardableResult public func acquire(timeout: Timeout) throws -> Bool { try acquire(true, timeout: timeout) }

    /// Python's `acquire(blocking, timeout)`, with CPython's errors for the combinations it refuses.
    @discardableResult public func acquire(_ blocking: Bool, timeout: Timeout) throws -> Bool {
        acquire(blocking: blocking, within: try Self.checkedTimeout(timeout, blocking: blocking))
    }

    /// `acquire(blocking=…, timeout=…)`: the same, by keyword.
    @discardableResult public func acquire(blocking: Bool, timeout: Timeout) throws -> Bool {
        try acquire(blocking, timeout: timeout)
    }
}
