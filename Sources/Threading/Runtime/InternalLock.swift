import CThreadingShims

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A plain mutex guarding one primitive's (or one runtime's) internal state.
///
/// Never held across a scheduling point, a park or user code: in the simulated runtime another thread may get the
/// baton while this one waits, and it must never find an internal lock taken.
///
/// Under exhaustive search, taking a `tracked` lock (a primitive's, a world's: state threads share) adds it to the
/// running step's footprint: two steps that take no lock in common commute. Runtime bookkeeping locks are untracked.
/// The search is reached through the observer the lock took when it was made (`StepObserver`), never looked up on
/// the way.
final class InternalLock: @unchecked Sendable {
    let mutex: UnsafeMutablePointer<pthread_mutex_t>
    /// The search watching the run this lock was made in, when it is tracked (nil: nothing to tell, one check).
    private let observer: (any StepObserver)?
    /// The lock's name in footprints: its creation number within the searched run (stable across the runs of one
    /// search, unlike its address).
    private let searchID: UInt

    init(tracked: Bool = true) {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        cthreading_mutex_init_adaptive(mutex)
        observer = tracked ? StepFootprint.current : nil
        searchID = StepFootprint.objectID(under: observer, fallback: UInt(bitPattern: mutex))
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    @inline(__always) func lock() {
        pthread_mutex_lock(mutex)
        noteUse()
    }

    /// Adds this lock (the state it guards) to the running step's footprint, when an exhaustive search watches it.
    @inline(__always) func noteUse() {
        if let observer { observer.noteWrite(searchID) }
    }
    @inline(__always) func unlock() { pthread_mutex_unlock(mutex) }

    /// `withLock` for a body that only reads the guarded state: an exhaustive search lets such steps commute.
    @inline(__always) func withReadLock<R>(_ body: () throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        if let observer { observer.noteRead(searchID) }
        defer { unlock() }
        return try body()
    }

    /// `withLock` for an update that commutes with the other updates made this way (adding or removing one's own
    /// entry of a set) but not with `withLock` bodies (which read the whole): an exhaustive search sees a read.
    @inline(__always) func withCommutingUpdate<R>(_ body: () throws -> R) rethrows -> R {
        try withReadLock(body)
    }

    @inline(__always) func withLock<R>(_ body: () throws -> R) rethrows -> R {
        lock()
        defer { unlock() }
        return try body()
    }
}
