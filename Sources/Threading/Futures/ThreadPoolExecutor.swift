/// Python's `concurrent.futures.ThreadPoolExecutor`: runs submitted calls on up to `max_workers` threads, started
/// one per submission until an idle one is available and named `ThreadPoolExecutor-N_K` (or
/// `<thread_name_prefix>_K`). Workers are not daemon threads: at the end of the program they finish the queued work
/// and are joined, as in CPython (its interpreter-exit hook). Workers hold their pool weakly, as CPython's do: once the
/// program drops its last reference to a pool, its workers finish the queued work and end (CPython's weakref
/// callback, which wakes them with `None`), as if `shutdown(wait=False)` had been called.
///
///     try ThreadPoolExecutor(max_workers: 3).with { executor in
///         let futures = try (0..<5).map { n in try executor.submit(square, n) }
///         for future in as_completed(futures) { print(try future.result()) }
///     }
public final class ThreadPoolExecutor: @unchecked Sendable {
    private let world: World
    /// `_max_workers`: the most threads this pool starts.
    public let _max_workers: Int
    private let prefix: String
    private let initializer: (() throws -> Void)?
    private let workQueue = Queue<WorkItem?>()
    private let idleSemaphore: Semaphore
    /// CPython's `_shutdown_lock`: held by `submit` and `shutdown`.
    private let shutdownLock: Lock
    private let globalShutdownLock: Lock
    /// Guards `threads`, `isShutdown` and `broken` (workers read the flags without `shutdownLock`).
    private let stateLock = InternalLock()
    private var threads: [Thread] = []
    private var isShutdown = false
    private var broken: String?

    /// ValueError "max_workers must be greater than 0". `max_workers` nil: CPython's default
    /// `min(32, os.cpu_count() + 4)` (see `os.cpu_count()` for the simulated runtime). `initializer` runs first in
    /// each worker; if it throws, the pool is broken (BrokenThreadPool).
    public init(
        max_workers: Int? = nil, thread_name_prefix: String = "", initializer: (() throws -> Void)? = nil
    ) throws {
        let workers = max_workers ?? min(32, (os.cpu_count() ?? 1) + 4)
        if workers <= 0 { throw ValueError("max_workers must be greater than 0") }
        world = Context.world
        _max_workers = workers
        self.initializer = initializer
        idleSemaphore = try Semaphore(0)
        prefix =
            thread_name_prefix.isEmpty
            ? "ThreadPoolExecutor-\(world.modules.futures.nextExecutorNumber())" : thread_name_prefix
        shutdownLock = Lock(label: "\(prefix).shutdown_lock")
        globalShutdownLock = world.modules.futures.globalShutdownLock(in: world)
    }

    /// CPython's `weakref_cb`: the last reference is gone, so wake a worker with `None`; seeing no pool, it passes the
    /// `None` on and ends (after the work queued before it). The release that runs this may hold `PyLock` (a global
    /// rebound), so no other thread runs here; nothing to wake once the run has ended.
    deinit {
        if !world.schedulingPoint.control.hasEnded { workQueue.putWithoutSwitching(nil) }
    }

    /// Python's `ThreadPoolExecutor(4)`.
    public convenience init(_ max_workers: Int, thread_name_prefix: String = "") throws {
        try self.init(max_workers: max_workers, thread_name_prefix: thread_name_prefix)
    }

    /// The worker threads started so far (`_threads`).
    public var _threads: [Thread] { stateLock.withLock { threads } }

    // MARK: submitting

    /// Schedules `fn(args…)` and returns its future. RuntimeError "cannot schedule new futures after shutdown" (or
    /// "… after interpreter shutdown"); BrokenThreadPool once an initializer failed.
    @discardableResult
    public func submit<each Arg, R>(_ fn: @escaping (repeat each Arg) throws -> R, _ args: repeat each Arg) throws
        -> Future<R>
    {
        let bound = (repeat each args)
        return try schedule { try fn(repeat each bound) }
    }

    /// Schedules the named function `fn(args…)` (a `def`); its future's result is `None` (Void).
    @discardableResult
    public func submit<each Arg>(_ fn: Function<repeat each Arg>, _ args: repeat each Arg) throws -> Future<Void> {
        let body = fn.body
        let bound = (repeat each args)
        return try schedule { try body(repeat each bound) }
    }

    private func schedule<R>(_ call: @escaping () throws -> R) throws -> Future<R> {
        try shutdownLock.with {
            try globalShutdownLock.with {
                let (broken, isShutdown) = stateLock.withLock { (self.broken, self.isShutdown) }
                if let broken { throw BrokenThreadPool(broken) }
                if isShutdown { throw RuntimeError("cannot schedule new futures after shutdown") }
                if world.modules.futures.isExiting {
                    throw RuntimeError("cannot schedule new futures after interpreter shutdown")
                }
                let future = Future<R>()
                try workQueue.put(WorkItem(future: future, call: call))
                try adjustThreadCount()
                return future
            }
        }
    }

    /// `_adjust_thread_count`: reuse an idle worker, else start one while below `max_workers`.
    private func adjustThreadCount() throws {
        if try idleSemaphore.acquire(timeout: 0) { return }
        let count = stateLock.withLock { threads.count }
        guard count < _max_workers else { return }
        let (queue, idle, initializer, world) = (workQueue, idleSemaphore, initializer, world)
        // The worker holds its pool weakly (CPython's `weakref.ref(self, weakref_cb)`), so an abandoned pool is freed
        // and its workers end.
        let reference = WeakExecutor(self)
        let thread = Thread(name: "\(prefix)_\(count)") {
            try Self.work(reference, world: world, queue: queue, idle: idle, initializer: initializer)
        }
        try thread.start()
        stateLock.withLock { threads.append(thread) }
        world.modules.futures.addWorker(thread, queue: workQueue)
    }

    /// `_worker` (CPython 3.13): run the initializer, then work items; when the queue is empty, count itself idle and
    /// wait. Woken with `None` once the program is exiting, the pool was freed or shut down, it passes the `None` on to
    /// the next worker and ends. `reference` is the pool while it is alive, looked up each time it is needed, as
    /// CPython's `executor_reference()`.
    private static func work(
        _ executor: WeakExecutor, world: World, queue: Queue<WorkItem?>, idle: Semaphore,
        initializer: (() throws -> Void)?
    ) throws {
        var reference: ThreadPoolExecutor? { executor.pool }
        if let initializer {
            do {
                try initializer()
            } catch {
                logging.getLogger("concurrent.futures").critical(
                    "Exception in initializer:\nTraceback (most recent call last):\n" + pythonErrorLine(error))
                reference?.initializerFailed()
                return
            }
        }
        while true {
            let next: WorkItem?
            do {
                next = try queue.get_nowait()
            } catch is Empty {
                // Count this worker idle, so that `submit` reuses it instead of starting another.
                if reference != nil { try idle.release() }
                next = try queue.get()
            }
            if let item = next {
                item.run()
                continue
            }
            let pool = reference
            if world.modules.futures.isExiting || pool == nil || pool!.stateLock.withLock({ pool!.isShutdown }) {
                pool?.stateLock.withLock { pool!.isShutdown = true }
                try queue.put(nil)
                return
            }
        }
    }

    /// `_initializer_failed`: the pool is broken; every queued call fails with BrokenThreadPool.
    private func initializerFailed() {
        shutdownLock.with {
            let reason = "A thread initializer failed, the thread pool is not usable anymore"
            stateLock.withLock { broken = reason }
            for item in drainQueue() { try? item.future.set_exception(BrokenThreadPool(reason)) }
        }
    }

    /// Takes every queued work item without blocking (dropping the `None`s), until the queue is empty.
    private func drainQueue() -> [WorkItem] {
        var items: [WorkItem] = []
        while true {
            do {
                if let item = try workQueue.get_nowait() { items.append(item) }
            } catch {
                return items
            }
        }
    }

    // MARK: shutting down

    /// Takes no more calls; with `cancel_futures`, cancels the queued ones that have not started; with `wait`,
    /// returns once every worker has finished. Safe to call more than once.
    public func shutdown(_ wait: Bool = true, cancel_futures: Bool = false) throws {
        shutdownLock.with {
            stateLock.withLock { isShutdown = true }
            if cancel_futures {
                for item in drainQueue() { item.future.cancel() }
            }
            try? workQueue.put(nil)
        }
        if wait {
            for thread in _threads { try thread.join() }
        }
    }

    /// Python's `shutdown(wait=…, cancel_futures=…)`.
    public func shutdown(wait: Bool, cancel_futures: Bool = false) throws {
        try shutdown(wait, cancel_futures: cancel_futures)
    }

    /// Python's `with ThreadPoolExecutor(…) as executor:` — runs `body`, then `shutdown(wait: true)` however it
    /// ends.
    public func with<R>(_ body: (ThreadPoolExecutor) throws -> R) throws -> R {
        let result: R
        do {
            result = try body(self)
        } catch {
            try? shutdown(wait: true)
            throw error
        }
        try shutdown(wait: true)
        return result
    }

    // MARK: map

    /// `executor.map(fn, items, timeout=…)`: submits `fn(item)` for every item at once and returns their results
    /// in order, as an iterator: `next()` waits for the next one (rethrowing its error), and throws TimeoutError once
    /// `timeout` seconds from this call have passed. On an error the calls not yet started are cancelled.
    public func map<S: Sequence, R>(_ fn: @escaping (S.Element) throws -> R, _ items: S, timeout: Double? = nil)
        throws -> ResultIterator<R>
    {
        let endTime = timeout.map { $0 + world.runtime.now }
        let futures = try items.map { item in try submit(fn, item) }
        return Self.results(of: futures, endTime: endTime)
    }

    /// `executor.map(fn, xs, ys)`: `fn(x, y)` for the pairs, like `zip`.
    public func map<S1: Sequence, S2: Sequence, R>(
        _ fn: @escaping (S1.Element, S2.Element) throws -> R, _ first: S1, _ second: S2, timeout: Double? = nil
    ) throws -> ResultIterator<R> {
        let endTime = timeout.map { $0 + world.runtime.now }
        let futures = try zip(first, second).map { pair in try submit(fn, pair.0, pair.1) }
        return Self.results(of: futures, endTime: endTime)
    }

    /// `executor.map(worker, items)` with a named function (`def`): each result is `None`.
    public func map<S: Sequence>(_ fn: Function<S.Element>, _ items: S, timeout: Double? = nil) throws
        -> ResultIterator<Void>
    {
        let body = fn.body
        return try map({ (item: S.Element) in try body(item) }, items, timeout: timeout)
    }

    /// `result_iterator`: the futures' results in order; on an error (or `close()`), cancels the rest.
    private static func results<R>(of futures: [Future<R>], endTime: Double?) -> ResultIterator<R> {
        var remaining = Array(futures.reversed())
        return ResultIterator(
            next: {
                guard let future = remaining.popLast() else { return nil }
                // `_result_or_cancel`: a call that did not finish in time is cancelled too.
                defer { future.cancel() }
                guard let endTime else { return try future.result() }
                return try future.result(timeout: endTime - Context.world.runtime.now)
            },
            close: {
                for future in remaining { future.cancel() }
                remaining = []
            })
    }
}

/// A worker's weak reference to its pool (CPython's `executor_reference`).
final class WeakExecutor: @unchecked Sendable {
    weak var pool: ThreadPoolExecutor?

    init(_ pool: ThreadPoolExecutor) { self.pool = pool }
}
