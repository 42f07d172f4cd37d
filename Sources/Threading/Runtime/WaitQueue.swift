import DequeModule

/// The FIFO of threads parked on one primitive. Guarded by the primitive's `InternalLock`.
final class WaitQueue: @unchecked Sendable {
    private var waiters = Deque<Waiter>()

    var isEmpty: Bool { waiters.isEmpty }
    var count: Int { waiters.count }

    func append(_ waiter: Waiter) { waiters.append(waiter) }

    func remove(_ waiter: Waiter) {
        if let index = waiters.firstIndex(where: { $0 === waiter }) { waiters.remove(at: index) }
    }

    /// Removes and claims up to `n` waiters, oldest first, skipping those that already timed out. The caller unparks
    /// them (after unlocking, if it likes).
    func take(_ n: Int) -> [Waiter] {
        var taken: [Waiter] = []
        while taken.count < n, let waiter = waiters.popFirst() {
            if waiter.tryNotify() { taken.append(waiter) }
        }
        return taken
    }

    func takeAll() -> [Waiter] { take(Int.max) }

    /// `take(1)` without an array.
    func takeOne() -> Waiter? {
        while let waiter = waiters.popFirst() {
            if waiter.tryNotify() { return waiter }
        }
        return nil
    }
}
