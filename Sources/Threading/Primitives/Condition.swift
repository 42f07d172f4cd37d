/// Python's `threading.Condition`: wait until notified, while sharing a lock (an `RLock` by default, or the `Lock` or
/// `RLock` given). Waiters are woken oldest first; there are no spurious wake-ups.
/// `acquire`'s spellings (the underlying lock's) are `Acquirable`'s.
public final class Condition: Acquirable, @unchecked Sendable {
    public typealias Timeout = Double

    private enum Underlying {
        case lock(Lock)
        case rlock(RLock)
    }

    let world: World
    let label: String
    private let underlying: Underlying
    private let mutex = InternalLock()
    private let waiters = WaitQueue()

    /// A condition with its own new `RLock`.
    public convenience init() {
        self.init(RLock())
    }

    /// A condition sharing `lock`.
    public init(_ lock: Lock) {
        world = Context.world
        label = world.label("Condition")
        underlying = .lock(lock)
    }

    /// A condition sharing `lock`.
    public init(_ lock: RLock) {
        world = Context.world
        label = world.label("Condition")
        underlying = .rlock(lock)
    }

    public convenience init(lock: Lock) { self.init(lock) }
    public convenience init(lock: RLock) { self.init(lock) }

    init(label: String, lock: Lock) {
        world = Context.world
        self.label = label
        underlying = .lock(lock)
    }

    // MARK: the underlying lock

    /// The underlying lock's acquire.
    @_spi(Runtime) public func acquire(blocking: Bool, within timeout: Double?) -> Bool {
        switch underlying {
        case .lock(let lock): lock.acquire(blocking: blocking, within: timeout)
        case .rlock(let lock): lock.acquire(blocking: blocking, within: timeout)
        }
    }

    public func release() throws {
        switch underlying {
        case .lock(let lock): try lock.release()
        case .rlock(let lock): try lock.release()
        }
    }

    /// Python's `with condition:`.
    public func with<R>(_ body: () throws -> R) rethrows -> R {
        acquire()
        defer { try? release() }
        return try body()
    }

    /// CPython's `_is_owned`: an RLock must be held by the caller; a Lock just held.
    private var isOwned: Bool {
        switch underlying {
        case .lock(let lock): lock.core.isLocked
        case .rlock(let lock): lock.isOwnedByCaller
        }
    }

    // MARK: waiting

    /// Releases the lock, waits until notified or `timeout` seconds pass (nil: forever), re-acquires the lock.
    /// True unless it timed out. RuntimeError "cannot wait on un-acquired lock" without the lock. A thread still
    /// waiting when its run ends is unwound (`RunEnded`) once it has the lock back, so that its frames let go of the
    /// run.
    @discardableResult public func wait(timeout: Double? = nil) throws -> Bool {
        let runtime = world.runtime
        world.schedulingPoint()
        guard isOwned else { throw RuntimeError("cannot wait on un-acquired lock") }
        let deadline = runtime.deadline(after: timeout)
        // Enqueue before releasing the lock, so a notify right after the release is not lost.
        let waiter = Waiter(core: Context.current, reason: BlockReason(label, failsByThrowing: true))
        mutex.withLock { waiters.append(waiter) }
        let saved: Int
        switch underlying {
        case .lock(let lock):
            _ = lock.core.release(runtime: runtime)
            saved = 0
        case .rlock(let lock):
            saved = lock.releaseAll()
        }
        var notified = false
        if let deadline, runtime.now >= deadline {
            notified = waiter.tryTimeOut() ? false : true
        } else {
            notified = runtime.park(waiter, deadline: deadline)
        }
        if !notified { mutex.withLock { waiters.remove(waiter) } }
        switch underlying {
        case .lock(let lock): _ = lock.acquire(blocking: true, deadline: nil)
        case .rlock(let lock): lock.restore(saved)
        }
        // A daemon still waiting when its run ended, the lock taken back: unwound (`RunEnded`), its `with` releasing.
        if !notified { try runtime.control.unwindIfEnded() }
        return notified
    }

    /// Waits until `predicate()` is true (Python's truth: non-zero, non-empty, non-nil), or `timeout` seconds pass;
    /// returns the predicate's last value, as CPython does (`wait_for(lambda: 42)` gives 42).
    @discardableResult public func wait_for<T>(timeout: Double? = nil, _ predicate: () throws -> T) throws -> T {
        var result = try predicate()
        var endTime: Double?
        var waitTime = timeout
        while !pythonTruth(result) {
            if let timeout {
                if let endTime {
                    waitTime = endTime - world.runtime.now
                    if waitTime! <= 0 { break }
                } else {
                    endTime = world.runtime.now + timeout
                }
            }
            try wait(timeout: waitTime)
            result = try predicate()
        }
        return result
    }

    /// Wakes up to `n` waiting threads, oldest first. RuntimeError "cannot notify on un-acquired lock" without the
    /// lock.
    public func notify(n: Int = 1) throws {
        let runtime = world.runtime
        world.schedulingPoint()
        guard isOwned else { throw RuntimeError("cannot notify on un-acquired lock") }
        let woken = mutex.withLock { waiters.take(n) }
        runtime.unpark(woken)
    }

    /// Python's `notify(n)` written positionally.
    public func notify(_ n: Int) throws { try notify(n: n) }

    /// Python's `notify_all()`: wakes every waiting thread.
    public func notify_all() throws { try notify(n: Int.max) }
}
