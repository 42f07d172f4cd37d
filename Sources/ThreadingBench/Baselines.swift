import DequeModule

#if canImport(Glibc)
    import Glibc
#endif

/// A bare pthread mutex, the baseline for `Lock`.
final class RawMutex: @unchecked Sendable {
    let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    init() { pthread_mutex_init(mutex, nil) }
    @inline(__always) func lock() { pthread_mutex_lock(mutex) }
    @inline(__always) func unlock() { pthread_mutex_unlock(mutex) }
}

/// The minimal mutex + condition variable deque, the baseline for `Queue`.
final class RawQueue: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private let cond = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
    private var items = Deque<Int>()
    private var waiting = 0

    init() {
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(cond, nil)
    }

    func put(_ item: Int) {
        pthread_mutex_lock(mutex)
        items.append(item)
        if waiting > 0 { pthread_cond_signal(cond) }
        pthread_mutex_unlock(mutex)
    }

    func get() -> Int {
        pthread_mutex_lock(mutex)
        while items.isEmpty {
            waiting += 1
            pthread_cond_wait(cond, mutex)
            waiting -= 1
        }
        let item = items.removeFirst()
        pthread_mutex_unlock(mutex)
        return item
    }
}

/// Two threads handing a baton back and forth with a semaphore each (what one simulated thread switch costs at the
/// OS level, no scheduler bookkeeping), pinned to one CPU like a simulated run.
func batonHandoffsPerSecond(_ rounds: Int) -> Double {
    final class Baton: @unchecked Sendable {
        let semaphores = UnsafeMutablePointer<sem_t>.allocate(capacity: 2)
        init() {
            sem_init(semaphores, 0, 0)
            sem_init(semaphores + 1, 0, 0)
        }
    }
    let baton = Baton()
    let elapsed = bestTime(repeats: 1) {
        onThreads(2) { me in
            _ = cthreadingPin()
            if me == 0 { sem_post(baton.semaphores) }
            for _ in 0..<rounds {
                sem_wait(baton.semaphores + me)
                sem_post(baton.semaphores + (1 - me))
            }
        }
    }
    return Double(2 * rounds) / elapsed
}
