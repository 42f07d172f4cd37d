/// Python's `threading.Lock`: not reentrant, and any thread may release it (so it is not a plain mutex).
/// `with lock:` is `lock.with { … }`.
public final class Lock: @unchecked Sendable, CustomStringConvertible {
    let world: World
    let runtime: any Runtime
    let control: RunControl
    /// `Lock#N`, as traces and deadlock reports name it.
    let label: String
    let core = LockCore()
    private let reason: BlockReason

    public convenience init() {
        let world = Context.world
        self.init(world: world, label: world.label("Lock"))
    }

    convenience init(label: String) {
        self.init(world: Context.world, label: label)
    }

    private init(world: World, label: String) {
        self.world = world
        runtime = world.runtime
        control = runtime.control
        self.label = label
        reason = BlockReason(label, holder: core.holder)
    }

    /// Blocks until the lock is free, then takes it; returns true.
    @discardableResult public func acquire() -> Bool {
        acquire(blocking: true, deadline: nil)
    }

    /// `acquire(false)` takes the lock only if it is free, and says whether it did.
    @discardableResult public func acquire(_ blocking: Bool) -> Bool {
        acquire(blocking: blocking, deadline: nil)
    }

    @discardableResult public func acquire(blocking: Bool) -> Bool {
        acquire(blocking: blocking, deadline: nil)
    }

    /// Waits at most `timeout` seconds (-1: forever); false if the lock stayed taken.
    @discardableResult public func acquire(timeout: Double) throws -> Bool {
        try acquire(true, timeout: timeout)
    }

    /// Python's `acquire(blocking, timeout)`, with its ValueError/OverflowError on bad combinations.
    @discardableResult public func acquire(_ blocking: Bool, timeout: Double) throws -> Bool {
        let deadline = try lockDeadline(blocking: blocking, timeout: timeout, runtime: runtime)
        return acquire(blocking: blocking, deadline: deadline)
    }

    @discardableResult public func acquire(blocking: Bool, timeout: Double) throws -> Bool {
        try acquire(blocking, timeout: timeout)
    }

    @inline(__always) func acquire(blocking: Bool, deadline: Double?) -> Bool {
        control.schedulingPoint(runtime)
        if core.tryAcquire() { return true }
        guard blocking else { return false }
        return core.acquireSlow(deadline: deadline, reason: reason, runtime: runtime)
    }

    /// Releases the lock (from any thread); RuntimeError "release unlocked lock" if it is not locked.
    public func release() throws {
        control.schedulingPoint(runtime)
        if !core.release(runtime: runtime) { throw RuntimeError("release unlocked lock") }
    }

    /// Whether the lock is held.
    public func locked() -> Bool {
        control.schedulingPoint(runtime)
        return core.isLocked
    }

    /// Python's `with lock:` — holds the lock while `body` runs, and releases it however `body` ends.
    public func with<R>(_ body: () throws -> R) rethrows -> R {
        acquire()
        defer {
            control.schedulingPoint(runtime)
            _ = core.release(runtime: runtime)
        }
        return try body()
    }

    /// Python's `repr(lock)`: `<unlocked _thread.lock object at 0x7f…>`.
    public var description: String {
        "<\(core.isLocked ? "locked" : "unlocked") _thread.lock object at \(pythonAddress(of: self))>"
    }
}
