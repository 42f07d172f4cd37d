/// Python's `concurrent.futures.ThreadPoolExecutor`: runs submitted calls on up to `max_workers` threads, started
/// one per submission until an idle one is available and named `ThreadPoolExecutor-N_K` (or
/// `<thread_name_prefix>_K`). Workers are not daemon threads: at the end of the program they finish the queued work
/// and are joined, as in CPython (its interpreter-exit hook).
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
        let (queue, idle, initializer) = (workQueue, idleSemaphore, initializer)
        // The worker holds its pool until it ends (CPython holds a weak reference to let an abandoned pool's
        // workers exit; here they exit at shutdown or at the end of the program).
        let thread = Thread(name: "\(prefix)_\(count)") { [self] in
            try Self.work(executor: self, queue: queue, idle: idle, initializer: initializer)
        }
        try thread.start()
        stateLock.withLock { threads.append(thread) }
        world.modules.futures.addWorker(thread, queue: workQueue)
    }

    /// `_worker`: run the initializer, then work items until woken with `None` once the pool (or the program) is
    /// shutting down; then pass the `None` on to the next worker.
    private static func work(
        executor: ThreadPoolExecutor, queue: Queue<WorkItem?>, idle: Semaphore, initializer: (() throws -> Void)?
    ) throws {
        if let initializer {
            do {
                try initializer()
            } catch {
                logging.getLogger("concurrent.futures").critical(
                    "Exception in initializer:\nTraceback (most recent call last):\n" + pythonErrorLine(error))
                executor.initializerFailed()
                return
            }
        }
        while true {
            if let item = try queue.get() {
                item.run()
                try idle.release()
                continue
            }
            if executor.world.modules.futures.isExiting || executor.stateLock.withLock({ executor.isShutdown }) {
                executor.stateLock.withLock { executor.isShutdown = true }
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
