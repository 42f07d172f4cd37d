/// Python's `threading.Semaphore`: a counter that `acquire` decrements, blocking at zero, and `release` increments.
/// `acquire`'s spellings are `Acquirable`'s.
public class Semaphore: Acquirable, @unchecked Sendable {
    public typealias Timeout = Double?

    let world: World
    let label: String
    let mutex = InternalLock()
    private let waiters = WaitQueue()
    var value: Int

    /// ValueError "semaphore initial value must be >= 0" for a negative `value`.
    public init(_ value: Int = 1) throws {
        if value < 0 { throw ValueError("semaphore initial value must be >= 0") }
        world = Context.world
        label = world.label(Self.kind)
        self.value = value
    }

    public convenience init(value: Int) throws { try self.init(value) }

    class var kind: String { "Semaphore" }

    /// Decrements the counter if it is positive, else (when `blocking`) waits for that at most `timeout` seconds (nil:
    /// forever).
    @_spi(Runtime) public func acquire(blocking: Bool, within timeout: Double?) -> Bool {
        acquire(blocking: blocking, deadline: world.runtime.deadline(after: timeout))
    }

    func acquire(blocking: Bool, deadline: Double?) -> Bool {
        let runtime = world.runtime
        world.schedulingPoint()
        mutex.lock()
        defer { mutex.unlock() }
        while value == 0 {
            guard blocking else { return false }
            if !mutex.park(on: waiters, BlockReason(label), deadline: deadline, runtime: runtime) && value == 0 {
                return false
            }
        }
        value -= 1
        return true
    }

    /// Increments the counter by `n`, waking up to `n` waiters. ValueError "n must be one or more" for n < 1.
    public func release(n: Int = 1) throws {
        let runtime = world.runtime
        world.schedulingPoint()
        if n < 1 { throw ValueError("n must be one or more") }
        let woken = try mutex.withLock {
            try checkRelease(n)
            value += n
            return waiters.take(n)
        }
        runtime.unpark(woken)
    }

    public func release(_ n: Int) throws { try release(n: n) }

    /// A hook for `BoundedSemaphore` (lock held).
    func checkRelease(_ n: Int) throws {}

    /// Python's `with semaphore:`.
    public func with<R>(_ body: () throws -> R) rethrows -> R {
        acquire()
        defer { try? release() }
        return try body()
    }
}
