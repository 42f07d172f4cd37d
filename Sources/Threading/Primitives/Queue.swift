/// Python's `queue.Queue`: a FIFO for passing items between threads; `maxsize` > 0 bounds it. Subclasses change
/// the order by overriding `_put`, `_get` and `_qsize` (called with the queue's lock held; they must not block).
open class Queue<Element>: @unchecked Sendable {
    let world: World
    /// The world's `SchedulingPoint` in its two parts (`SchedulingPoint.reach`), so that an operation loads no world
    /// and, unspecialised, copies no struct.
    let runtime: any Runtime
    let control: RunControl
    let label: String
    private let getReason: BlockReason
    private let putReason: BlockReason
    private let joinReason: BlockReason
    let mutex = InternalLock()
    private let notEmpty = WaitQueue()
    private let notFull = WaitQueue()
    private let allTasksDone = WaitQueue()
    /// FIFO storage: a ring buffer (a generic `Deque` costs a metadata lookup per call in unspecialised code).
    private var ring: UnsafeMutablePointer<Element>
    private var ringCapacity = 16
    private var ringHead = 0
    private var ringCount = 0
    private var _maxsize: Int
    private var unfinishedTasks = 0
    private var isShutdown = false

    /// A queue holding at most `maxsize` items (0 or less: unbounded).
    public init(maxsize: Int = 0) {
        ring = .allocate(capacity: 16)
        world = Context.world
        runtime = world.runtime
        control = world.schedulingPoint.control
        _maxsize = maxsize
        label = world.label(String(describing: Self.self).split(separator: "<").first.map(String.init) ?? "Queue")
        getReason = BlockReason("\(label).get", failsByThrowing: true)
        putReason = BlockReason("\(label).put")
        joinReason = BlockReason("\(label).join")
    }

    // MARK: storage hooks (lock held)

    deinit {
        for offset in 0..<ringCount { (ring + (ringHead + offset) % ringCapacity).deinitialize(count: 1) }
        ring.deallocate()
    }

    open func _qsize() -> Int { ringCount }

    open func _put(_ item: Element) throws {
        if ringCount == ringCapacity { growRing() }
        (ring + (ringHead + ringCount) % ringCapacity).initialize(to: item)
        ringCount += 1
    }

    open func _get() throws -> Element {
        let item = (ring + ringHead).move()
        ringHead = (ringHead + 1) % ringCapacity
        ringCount -= 1
        return item
    }

    private func growRing() {
        let bigger = UnsafeMutablePointer<Element>.allocate(capacity: ringCapacity * 2)
        let firstPart = min(ringCount, ringCapacity - ringHead)
        bigger.moveInitialize(from: ring + ringHead, count: firstPart)
        (bigger + firstPart).moveInitialize(from: ring, count: ringCount - firstPart)
        ring.deallocate()
        ring = bigger
        ringHead = 0
        ringCapacity *= 2
    }

    // MARK: state

    /// The bound (0: none); may be changed at any time.
    public var maxsize: Int {
        get { mutex.withLock { _maxsize } }
        set { mutex.withLock { _maxsize = newValue } }
    }

    /// The number of items (approximate once other threads run).
    public final func qsize() -> Int {
        SchedulingPoint.reach(control, runtime)
        return mutex.withLock { _qsize() }
    }

    public final func empty() -> Bool { qsize() == 0 }

    public final func full() -> Bool {
        SchedulingPoint.reach(control, runtime)
        return mutex.withLock { 0 < _maxsize && _maxsize <= _qsize() }
    }

    // MARK: put and get

    /// Adds `item`, waiting for room if the queue is bounded and full (up to `timeout` seconds, nil: forever); Full
    /// when there is no room in time (or at once with `block: false`).
    public final func put(_ item: Element, block: Bool = true, timeout: Double? = nil) throws {
        SchedulingPoint.reach(control, runtime)
        // Wake a getter only after unlocking, so it does not wake up straight into our lock.
        var getter: Waiter?
        do {
            mutex.lock()
            defer { mutex.unlock() }
            if isShutdown { throw ShutDown() }
            if _maxsize > 0 {
                // As CPython, the timeout is checked only where it could be used: for a bounded queue.
                let deadline = try queueDeadline(block: block, timeout: timeout)
                while _qsize() >= _maxsize {
                    guard block else { throw Full() }
                    let woken = mutex.park(on: notFull, putReason, deadline: deadline, runtime: runtime)
                    if isShutdown { throw ShutDown() }
                    if !woken && _qsize() >= _maxsize { throw Full() }
                }
            }
            try _put(item)
            unfinishedTasks += 1
            getter = notEmpty.takeOne()
        }
        if let getter { runtime.unpark(getter) }
    }

    /// Adds `item` to an unbounded queue without reaching a scheduling point (no other thread runs here), for code that
    /// may run where switching threads is not allowed, such as a finaliser run by a release under `PyLock`. Does
    /// nothing once the queue is shut down.
    final func putWithoutSwitching(_ item: Element) {
        var getter: Waiter?
        do {
            mutex.lock()
            defer { mutex.unlock() }
            guard !isShutdown, (try? _put(item)) != nil else { return }
            unfinishedTasks += 1
            getter = notEmpty.takeOne()
        }
        if let getter { runtime.unpark(getter) }
    }

    /// Removes and returns the next item, waiting for one (up to `timeout` seconds, nil: forever); Empty when none
    /// comes in time (or at once with `block: false`).
    public final func get(block: Bool = true, timeout: Double? = nil) throws -> Element {
        SchedulingPoint.reach(control, runtime)
        let deadline = try queueDeadline(block: block, timeout: timeout)
        var putter: Waiter?
        let item: Element
        do {
            mutex.lock()
            defer { mutex.unlock() }
            while _qsize() == 0 {
                if isShutdown { throw ShutDown() }
                guard block else { throw Empty() }
                if !mutex.park(on: notEmpty, getReason, deadline: deadline, runtime: runtime) && _qsize() == 0
                    && !isShutdown
                {
                    // A daemon unwound after its run ended: not an Empty its `except queue.Empty` would catch.
                    try control.unwindIfEnded()
                    throw Empty()
                }
            }
            item = try _get()
            putter = notFull.takeOne()
        }
        if let putter { runtime.unpark(putter) }
        return item
    }

    /// Python's `put_nowait`.
    public final func put_nowait(_ item: Element) throws { try put(item, block: false) }
    /// Python's `get_nowait`.
    public final func get_nowait() throws -> Element { try get(block: false) }

    /// Python 3.13's `shutdown(immediate)`: later `put`s raise ShutDown; `get`s drain what is left, then raise
    /// ShutDown; blocked callers wake. `immediate` discards the remaining items (marking them done) at once.
    public final func shutdown(immediate: Bool = false) {
        SchedulingPoint.reach(control, runtime)
        var woken: [Waiter] = []
        mutex.withLock {
            isShutdown = true
            if immediate {
                while _qsize() > 0 {
                    _ = try? _get()
                    if unfinishedTasks > 0 { unfinishedTasks -= 1 }
                }
                woken += allTasksDone.takeAll()
            }
            woken += notEmpty.takeAll()
            woken += notFull.takeAll()
        }
        runtime.unpark(woken)
    }

    // MARK: tasks

    /// Marks one item from `get` as processed; ValueError "task_done() called too many times" if none is pending.
    public final func task_done() throws {
        SchedulingPoint.reach(control, runtime)
        let woken = try mutex.withLock {
            let unfinished = unfinishedTasks - 1
            if unfinished < 0 { throw ValueError("task_done() called too many times") }
            unfinishedTasks = unfinished
            return unfinished == 0 ? allTasksDone.takeAll() : []
        }
        runtime.unpark(woken)
    }

    /// Blocks until every item ever put has been marked done with `task_done()`.
    public final func join() {
        SchedulingPoint.reach(control, runtime)
        mutex.lock()
        while unfinishedTasks > 0 {
            _ = mutex.park(on: allTasksDone, joinReason, deadline: nil, runtime: runtime)
        }
        mutex.unlock()
    }

    private func queueDeadline(block: Bool, timeout: Double?) throws -> Double? {
        guard block, let timeout else { return nil }
        if timeout < 0 { throw ValueError("'timeout' must be a non-negative number") }
        return runtime.deadline(after: timeout)
    }
}
