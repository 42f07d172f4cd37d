import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one lock guarding the mutable state of every Python object (lists, dicts, sets, attribute dictionaries, class
/// namespaces, cells) but a module's globals (each module has its own, see `PyModule`): held only for the few
/// instructions of one container operation, never across user code, a scheduling point or a park. The real runtime
/// runs threads in parallel; the simulated one never contends for it (a run's threads take turns on one carrier),
/// only runs carried in parallel may meet here.
enum PyLock {
    private static let lock = PySpinLock()

    @inline(__always) static func withLock<R>(_ body: () throws -> R) rethrows -> R { try lock.withLock(body) }
}

/// A spin lock on one atomic flag rather than a mutex: taking it is one compare-and-swap and releasing it one store,
/// where a mutex's unlock is a second atomic read-modify-write and both are calls (translated code takes one at every
/// global, attribute and container access). A taker that finds it held spins briefly, then yields its processor
/// until the holder is done; no holder may wait for anything while holding it, so it is always released soon.
struct PySpinLock: ~Copyable, Sendable {
    /// True while some thread holds the lock: set with acquiring order by the taker, cleared with releasing order by
    /// the holder, so everything the holder wrote is seen by the next taker (what a mutex guarantees).
    private let held = Atomic<Bool>(false)

    init() {}

    @inline(__always) func withLock<R>(_ body: () throws -> R) rethrows -> R {
        lock()
        defer { unlock() }
        return try body()
    }

    @inline(__always) func lock() {
        if held.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged { return }
        waitForTurn()
    }

    @inline(__always) func unlock() { held.store(false, ordering: .releasing) }

    /// The lock was held: tries again while spinning a little, then between yields of the processor (on a loaded
    /// machine the holder may be waiting for one).
    @inline(never) private func waitForTurn() {
        var attempts = 0
        while true {
            if !held.load(ordering: .relaxed),
                held.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
            {
                return
            }
            attempts += 1
            if attempts >= 100 { sched_yield() }
        }
    }
}
