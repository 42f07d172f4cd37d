#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain mutex guarding one primitive's (or one runtime's) internal state.
///
/// Never held across a scheduling point, a park or user code: in the simulated runtime another thread may get the
/// baton while this one waits, and it must never find an internal lock taken.
final class InternalLock: @unchecked Sendable {
    let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    @inline(__always) func lock() { pthread_mutex_lock(mutex) }
    @inline(__always) func unlock() { pthread_mutex_unlock(mutex) }

    @inline(__always) func withLock<R>(_ body: () throws -> R) rethrows -> R {
        lock()
        defer { unlock() }
        return try body()
    }
}

/// A condition variable on the monotonic clock, used with an `InternalLock`.
final class ConditionVariable: @unchecked Sendable {
    let cond: UnsafeMutablePointer<pthread_cond_t>

    init() {
        cond = .allocate(capacity: 1)
        cond.initialize(to: pthread_cond_t())
        var attr = pthread_condattr_t()
        pthread_condattr_init(&attr)
        pthread_condattr_setclock(&attr, CLOCK_MONOTONIC)
        pthread_cond_init(cond, &attr)
        pthread_condattr_destroy(&attr)
    }

    deinit {
        pthread_cond_destroy(cond)
        cond.deallocate()
    }

    func wait(_ lock: InternalLock) { pthread_cond_wait(cond, lock.mutex) }

    /// Waits until signalled or until the monotonic clock reaches `deadline` (seconds); true when the deadline passed.
    func wait(_ lock: InternalLock, untilMonotonic deadline: Double) -> Bool {
        var ts = timespec()
        let whole = deadline.rounded(.down)
        ts.tv_sec = Int(min(whole, 9.0e15))
        ts.tv_nsec = Int((deadline - whole) * 1e9)
        return pthread_cond_timedwait(cond, lock.mutex, &ts) == ETIMEDOUT
    }

    func signal() { pthread_cond_signal(cond) }
    func broadcast() { pthread_cond_broadcast(cond) }
}

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Seconds since the Unix epoch on the wall clock.
func wallClockSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// A counting semaphore (futex-based `sem_t`): the cheapest way to wake one specific thread.
final class BatonSemaphore: @unchecked Sendable {
    private let semaphore: UnsafeMutablePointer<sem_t>

    init() {
        semaphore = .allocate(capacity: 1)
        sem_init(semaphore, 0, 0)
    }

    deinit {
        sem_destroy(semaphore)
        semaphore.deallocate()
    }

    func post() { sem_post(semaphore) }

    func wait() {
        while sem_wait(semaphore) != 0 {}  // retry on EINTR
    }
}
