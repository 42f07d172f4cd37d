import Synchronization

/// Python's `threading.RLock`: the owning thread may acquire it again; it is free after as many releases as
/// acquires, and only the owner may release it.
public final class RLock: @unchecked Sendable, CustomStringConvertible {
    let world: World
    let label: String
    let core = LockCore()
    private let ownerIndex = Atomic<Int>(-1)
    /// Recursion depth; touched only by the owner.
    private var count = 0

    public init() {
        world = Context.world
        label = world.label("RLock")
    }

    init(label: String) {
        world = Context.world
        self.label = label
    }

    @discardableResult public func acquire() -> Bool { acquire(blocking: true, deadline: nil) }
    @discardableResult public func acquire(_ blocking: Bool) -> Bool { acquire(blocking: blocking, deadline: nil) }
    @discardableResult public func acquire(blocking: Bool) -> Bool { acquire(blocking: blocking, deadline: nil) }
    @discardableResult public func acquire(timeout: Double) throws -> Bool { try acquire(true, timeout: timeout) }

    @discardableResult public func acquire(_ blocking: Bool, timeout: Double) throws -> Bool {
        let deadline = try lockDeadline(blocking: blocking, timeout: timeout, runtime: world.runtime)
        return acquire(blocking: blocking, deadline: deadline)
    }

    @discardableResult public func acquire(blocking: Bool, timeout: Double) throws -> Bool {
        try acquire(blocking, timeout: timeout)
    }

    func acquire(blocking: Bool, deadline: Double?) -> Bool {
        let runtime = world.runtime
        runtime.schedulingPoint()
        let me = Context.current
        if ownerIndex.load(ordering: .relaxed) == me.index {
            count += 1
            return true
        }
        var acquired = core.tryAcquire(by: me)
        if !acquired && blocking {
            acquired = core.acquireSlow(
                by: me, deadline: deadline, reason: BlockReason(label, holder: core.holder), runtime: runtime)
        }
        if acquired {
            ownerIndex.store(me.index, ordering: .relaxed)
            count = 1
        }
        return acquired
    }

    /// Undoes one `acquire`; RuntimeError "cannot release un-acquired lock" unless the caller owns it.
    public func release() throws {
        let runtime = world.runtime
        runtime.schedulingPoint()
        guard isOwnedByCaller else { throw RuntimeError("cannot release un-acquired lock") }
        count -= 1
        if count == 0 {
            ownerIndex.store(-1, ordering: .relaxed)
            _ = core.release(runtime: runtime)
        }
    }

    /// Whether any thread holds it.
    public func locked() -> Bool {
        world.runtime.schedulingPoint()
        return core.isLocked
    }

    /// Python's `_recursion_count()`: the caller's depth (0 if it does not own the lock).
    public func recursionCount() -> Int { isOwnedByCaller ? count : 0 }

    /// Python's `with rlock:`.
    public func with<R>(_ body: () throws -> R) rethrows -> R {
        acquire()
        defer { try? release() }
        return try body()
    }

    var isOwnedByCaller: Bool { ownerIndex.load(ordering: .relaxed) == Context.current.index }

    /// For `Condition.wait`: releases every level at once and returns the depth to restore.
    func releaseAll() -> Int {
        let saved = count
        count = 0
        ownerIndex.store(-1, ordering: .relaxed)
        _ = core.release(runtime: world.runtime)
        return saved
    }

    /// For `Condition.wait`: re-acquires and restores the depth.
    func restore(_ saved: Int) {
        _ = acquire(blocking: true, deadline: nil)
        count = saved
    }

    public var description: String {
        let index = ownerIndex.load(ordering: .relaxed)
        let owner = index < 0 ? "0" : String(world.core(index: index)?.ident ?? 0)
        return "<\(core.isLocked ? "locked" : "unlocked") _thread.RLock object owner=\(owner) count=\(count)>"
    }
}
