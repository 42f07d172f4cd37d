import Synchronization

/// The mechanism shared by `Lock` and `RLock`: an atomic flag for the uncontended path, and a FIFO of parked threads
/// (under `mutex`) for the contended one. Any thread may release it.
final class LockCore: @unchecked Sendable {
    private let state = Atomic<Int>(0)
    /// The OS thread that last acquired it (0 when free, or when `recordsOwner` is false); for the simulation's
    /// deadlock reports only.
    let owner = Atomic<UInt>(0)
    /// Whether acquiring records `owner`: only a runtime that sees every operation (the simulation) reports deadlocks,
    /// so the real runtime's uncontended path skips finding the calling thread.
    private let recordsOwner: Bool
    private let waiterCount = Atomic<Int>(0)
    private let mutex = InternalLock()
    private let waiters = WaitQueue()

    /// Who holds it, for a `BlockReason`.
    var holder: @Sendable () -> UInt? {
        { [self] in
            let thread = owner.load(ordering: .relaxed)
            return thread == 0 ? nil : thread
        }
    }

    init(recordsOwner: Bool) {
        self.recordsOwner = recordsOwner
    }

    var isLocked: Bool { state.load(ordering: .acquiring) != 0 }

    @inline(__always) func tryAcquire() -> Bool {
        mutex.noteUse()  // the atomic fast path takes no internal lock: tell an exhaustive search it touched this lock
        if state.compareExchange(expected: 0, desired: 1, ordering: .acquiring).exchanged {
            noteOwner()
            return true
        }
        return false
    }

    /// Blocks until acquired (true) or `deadline` passes (false).
    func acquireSlow(deadline: Double?, reason: BlockReason, runtime: any Runtime) -> Bool {
        mutex.lock()
        defer { mutex.unlock() }
        while true {
            // Announce the waiter before the last try, so a release in between sees it and wakes someone.
            waiterCount.wrappingAdd(1, ordering: .sequentiallyConsistent)
            if state.compareExchange(expected: 0, desired: 1, ordering: .sequentiallyConsistent).exchanged {
                waiterCount.wrappingSubtract(1, ordering: .relaxed)
                noteOwner()
                return true
            }
            let woken = mutex.park(on: waiters, reason, deadline: deadline, runtime: runtime)
            waiterCount.wrappingSubtract(1, ordering: .relaxed)
            if !woken { return tryAcquire() }
        }
    }

    /// Releases; false if it was not locked.
    @inline(__always) func release(runtime: any Runtime) -> Bool {
        mutex.noteUse()
        guard state.compareExchange(expected: 1, desired: 0, ordering: .sequentiallyConsistent).exchanged else {
            return false
        }
        if recordsOwner { owner.store(0, ordering: .relaxed) }
        if waiterCount.load(ordering: .sequentiallyConsistent) > 0 {
            mutex.lock()
            let woken = waiters.takeOne()
            mutex.unlock()
            if let woken { runtime.unpark(woken) }
        }
        return true
    }

    @inline(__always) private func noteOwner() {
        if recordsOwner { owner.store(currentOSThread(), ordering: .relaxed) }
    }
}
