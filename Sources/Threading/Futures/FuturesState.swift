/// One run's `concurrent.futures.thread` module state: the executor counter behind `ThreadPoolExecutor-N`, the
/// `_shutdown` flag the interpreter-exit hook sets, and every worker with its queue (`_threads_queues`), which that
/// hook wakes and joins. The flag and the list are guarded by `lock`; `globalShutdownLock` is CPython's
/// `_global_shutdown_lock` (a `Lock` of the run, made with the first executor).
final class FuturesState: @unchecked Sendable {
    private let lock = InternalLock()
    private var counter = 0
    private var exiting = false
    private var workers: [(thread: Thread, queue: Queue<WorkItem?>)] = []
    private var _globalShutdownLock: Lock?

    /// `ThreadPoolExecutor._counter()`: 0, 1, 2, … in the run.
    func nextExecutorNumber() -> Int {
        lock.withLock {
            defer { counter += 1 }
            return counter
        }
    }

    /// CPython's `_global_shutdown_lock`; the first call also registers the interpreter-exit hook.
    func globalShutdownLock(in world: World) -> Lock {
        let (lock, isNew) = self.lock.withLock { () -> (Lock, Bool) in
            if let existing = _globalShutdownLock { return (existing, false) }
            let made = Lock(label: "concurrent.futures._global_shutdown_lock")
            _globalShutdownLock = made
            return (made, true)
        }
        if isNew { world.registerAtexit { [self] in pythonExit() } }
        return lock
    }

    /// Whether the interpreter-exit hook has run (`_shutdown`).
    var isExiting: Bool { lock.withLock { exiting } }

    func addWorker(_ thread: Thread, queue: Queue<WorkItem?>) {
        lock.withLock { workers.append((thread, queue)) }
    }

    /// Drops the workers and `_global_shutdown_lock` once the run is over: each worker holds its thread, and the lock
    /// its world, and that world holds this state.
    func forgetRun() {
        lock.withLock {
            workers = []
            _globalShutdownLock = nil
        }
    }

    /// `_python_exit`: refuse new work, wake every worker with `None`, then join them all.
    private func pythonExit() {
        _globalShutdownLock?.with { lock.withLock { exiting = true } }
        let items = lock.withLock { workers }
        for item in items { try? item.queue.put(nil) }
        for item in items { try? item.thread.join() }
    }
}
