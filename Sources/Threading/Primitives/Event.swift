/// Python's `threading.Event`: a flag that threads wait for; `set()` wakes every waiter.
public final class Event: @unchecked Sendable {
    let world: World
    let label: String
    private let mutex = InternalLock()
    private let waiters = WaitQueue()
    private var flag = false

    public init() {
        world = Context.world
        label = world.label("Event")
    }

    init(label: String) {
        world = Context.world
        self.label = label
    }

    /// Python's `is_set()`: whether the flag is set.
    public func is_set() -> Bool {
        world.schedulingPoint()
        return mutex.withLock { flag }
    }

    /// Sets the flag and wakes every waiting thread (each `wait` returns true, even if `clear()` follows at once).
    public func set() {
        let runtime = world.runtime
        world.schedulingPoint()
        let woken = mutex.withLock {
            flag = true
            return waiters.takeAll()
        }
        runtime.unpark(woken)
    }

    /// Resets the flag.
    public func clear() {
        world.schedulingPoint()
        mutex.withLock { flag = false }
    }

    /// Blocks until the flag is set, or `timeout` seconds pass (nil: forever). True unless it timed out.
    @discardableResult public func wait(timeout: Double? = nil) -> Bool {
        wait(timeout: timeout, unwinding: false)
    }

    /// `wait` for translated code: a thread still waiting when its run ends is unwound (`RunEnded` is thrown), so
    /// that a daemon's frames let go of the run.
    func waitOrUnwind(timeout: Double?) throws -> Bool {
        let set = wait(timeout: timeout, unwinding: true)
        if !set { try world.runtime.control.unwindIfEnded() }
        return set
    }

    private func wait(timeout: Double?, unwinding: Bool) -> Bool {
        let runtime = world.runtime
        world.schedulingPoint()
        mutex.lock()
        defer { mutex.unlock() }
        if flag { return true }
        let reason = BlockReason(label, failsByThrowing: unwinding)
        return mutex.park(on: waiters, reason, deadline: runtime.deadline(after: timeout), runtime: runtime)
    }

    /// Python's `wait(timeout)` written positionally.
    @discardableResult public func wait(_ timeout: Double?) -> Bool { wait(timeout: timeout) }
}
