import Synchronization

/// Python's `threading.RLock`: the owning thread may acquire it again; it is free after as many releases as
/// acquires, and only the owner may release it.
/// `acquire`'s spellings are `Acquirable`'s.
public final class RLock: Acquirable, @unchecked Sendable, CustomStringConvertible {
    public typealias Timeout = Double

    let world: World
    /// Reached first in every operation (a copy of the world's, so that it loads no world).
    let schedulingPoint: SchedulingPoint
    var runtime: any Runtime { schedulingPoint.runtime }
    let label: String
    let core: LockCore
    private let reason: BlockReason
    private let ownerThread = Atomic<UInt>(0)
    /// Recursion depth; touched only by the owner.
    private var count = 0

    public convenience init() {
        let world = Context.world
        self.init(world: world, label: world.label("RLock"))
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

    /// Takes the lock (again, if the caller owns it), else (when `blocking`) waits for it at most `timeout` seconds
    /// (nil: forever).
    @_spi(Runtime) public func acquire(blocking: Bool, within timeout: Double?) -> Bool {
        acquire(blocking: blocking, deadline: runtime.deadline(after: timeout))
    }

    func acquire(blocking: Bool, deadline: Double?) -> Bool {
        schedulingPoint()
        let me = currentOSThread()
        if ownerThread.load(ordering: .relaxed) == me {
            count += 1
            return true
        }
        var acquired = core.tryAcquire()
        if !acquired && blocking {
            acquired = core.acquireSlow(
                deadline: deadline, reason: reason, runtime: runtime)
        }
        if acquired {
            ownerThread.store(me, ordering: .relaxed)
            count = 1
        }
        return acquired
    }

    /// Undoes one `acquire`; RuntimeError "cannot release un-acquired lock" unless the caller owns it.
    public func release() throws {
        schedulingPoint()
        guard isOwnedByCaller else { throw RuntimeError("cannot release un-acquired lock") }
        count -= 1
        if count == 0 {
            ownerThread.store(0, ordering: .relaxed)
            _ = core.release(runtime: runtime)
        }
    }

    /// Whether any thread holds it.
    public func locked() -> Bool {
        schedulingPoint()
        return core.isLocked
    }

    /// Python's `_recursion_count()`: the caller's depth (0 if it does not own the lock).
    public func _recursion_count() -> Int { isOwnedByCaller ? count : 0 }

    /// Python's `with rlock:`.
    public func with<R>(_ body: () throws -> R) rethrows -> R {
        acquire()
        defer { try? release() }
        return try body()
    }

    var isOwnedByCaller: Bool { ownerThread.load(ordering: .relaxed) == currentOSThread() }

    /// For `Condition.wait`: releases every level at once and returns the depth to restore.
    func releaseAll() -> Int {
        let saved = count
        count = 0
        ownerThread.store(0, ordering: .relaxed)
        _ = core.release(runtime: runtime)
        return saved
    }

    /// For `Condition.wait`: re-acquires and restores the depth.
    func restore(_ saved: Int) {
        _ = acquire(blocking: true, deadline: nil)
        count = saved
    }

    /// Python's `repr(rlock)`: `<locked _thread.RLock object owner=1 count=2 at 0x7f…>`, the owner as its
    /// `get_ident()` (0 when free).
    public var description: String {
        let thread = ownerThread.load(ordering: .relaxed)
        let owner = thread == 0 ? nil : ([world.mainThread] + world.liveThreads).first { $0.core.osThread == thread }
        let ident = owner?.ident ?? 0
        let depth = thread == 0 ? 0 : count
        return "<\(core.isLocked ? "locked" : "unlocked") _thread.RLock object owner=\(ident) count=\(depth) "
            + "at \(pythonAddress(of: self))>"
    }
}
