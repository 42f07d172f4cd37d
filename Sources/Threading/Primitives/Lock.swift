/// Python's `threading.Lock`: not reentrant, and any thread may release it (so it is not a plain mutex).
/// `with lock:` is `lock.with { … }`.
/// `acquire`'s spellings are `Acquirable`'s.
public final class Lock: Acquirable, @unchecked Sendable, CustomStringConvertible {
    public typealias Timeout = Double

    let world: World
    /// Reached first in every operation (a copy of the world's, so that it loads no world).
    let schedulingPoint: SchedulingPoint
    var runtime: any Runtime { schedulingPoint.runtime }
    /// `Lock#N`, as traces and deadlock reports name it.
    let label: String
    let core: LockCore
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
        schedulingPoint = world.schedulingPoint
        core = LockCore(recordsOwner: schedulingPoint.control.seesEveryOperation)
        self.label = label
        reason = BlockReason(label, holder: core.holder)
    }

    /// Takes the lock if it is free, else (when `blocking`) waits for it at most `timeout` seconds (nil: forever).
    @_spi(Runtime) @inline(__always) public func acquire(blocking: Bool, within timeout: Double?) -> Bool {
        acquire(blocking: blocking, deadline: runtime.deadline(after: timeout))
    }

    @inline(__always) func acquire(blocking: Bool, deadline: Double?) -> Bool {
        schedulingPoint()
        if core.tryAcquire() { return true }
        guard blocking else { return false }
        return core.acquireSlow(deadline: deadline, reason: reason, runtime: runtime)
    }

    /// Releases the lock (from any thread); RuntimeError "release unlocked lock" if it is not locked.
    public func release() throws {
        schedulingPoint()
        if !core.release(runtime: runtime) { throw RuntimeError("release unlocked lock") }
    }

    /// Whether the lock is held.
    public func locked() -> Bool {
        schedulingPoint()
        return core.isLocked
    }

    /// Python's `with lock:` — holds the lock while `body` runs, and releases it however `body` ends.
    public func with<R>(_ body: () throws -> R) rethrows -> R {
        acquire()
        defer {
            schedulingPoint()
            _ = core.release(runtime: runtime)
        }
        return try body()
    }

    /// Python's `repr(lock)`: `<unlocked _thread.lock object at 0x7f…>`.
    public var description: String {
        "<\(core.isLocked ? "locked" : "unlocked") _thread.lock object at \(pythonAddress(of: self))>"
    }
}
