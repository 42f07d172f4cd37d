#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
