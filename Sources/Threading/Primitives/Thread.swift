/// Python's `threading.Thread`: give it a `target` (a `def` function with its `args`, or a closure), or subclass it
/// and override `run()`; then `start()` and `join()`.
///
/// Names follow CPython 3.11+: `Thread-N (target)` for a named target, `Thread-N` otherwise; N counts unnamed
/// threads of the run. Errors thrown by `run()` go to `excepthook`.
open class Thread: @unchecked Sendable, CustomStringConvertible {
    let world: World
    let core: ThreadCore
    let isMainThread: Bool
    /// A thread from outside any run, adopted by the ambient world (CPython's `_DummyThread`).
    private let isDummy: Bool
    /// Guards `started`, `finished`, `_daemon` and `joiners`.
    private let state = InternalLock()
    private let joiners = WaitQueue()
    /// Guards `running` and `startWaiters`: the hand-shake by which `start()` returns once the thread runs. A lock of
    /// its own, so that to an exhaustive search the parent's return from `start()` commutes with the thread's end.
    private let startHandshake = InternalLock()
    private let startWaiters = WaitQueue()
    private var started = false
    private var running = false
    private var finished = false
    private var _daemon: Bool
    private var target: (() throws -> Void)?

    /// A thread whose `run()` (override it) does the work. `daemon` nil inherits the creating thread's flag. A
    /// `name` that is not a string is kept as its `str()` (`Thread(name: 123)` is named "123"); a false one (nil,
    /// "", 0) gets the default name, as in Python.
    public init(name: Any? = nil, daemon: Bool? = nil) {
        world = Context.world
        core = world.makeCore(name: pythonName(name), targetName: nil)
        isMainThread = false
        isDummy = false
        _daemon = daemon ?? Context.current.thread?.daemon ?? false
        core.thread = self
    }

    /// A thread running `target`, a plain closure (named like a Python lambda: `Thread-N (<lambda>)`).
    public init(name: Any? = nil, target: @escaping () throws -> Void, daemon: Bool? = nil) {
        world = Context.world
        core = world.makeCore(name: pythonName(name), targetName: "<lambda>")
        isMainThread = false
        isDummy = false
        _daemon = daemon ?? Context.current.thread?.daemon ?? false
        self.target = target
        core.thread = self
    }

    init(name: Any?, targetName: String, thunk: @escaping () throws -> Void, daemon: Bool?) {
        world = Context.world
        core = world.makeCore(name: pythonName(name), targetName: targetName)
        isMainThread = false
        isDummy = false
        _daemon = daemon ?? Context.current.thread?.daemon ?? false
        target = thunk
        core.thread = self
    }

    /// A thread running the named function `target` with `args`: `Thread(target: worker, args: queue, 3)`.
    public convenience init<each Arg>(
        name: Any? = nil, target: Function<repeat each Arg>, args: repeat each Arg, daemon: Bool? = nil
    ) {
        let body = target.body
        let bound = (repeat each args)
        self.init(name: name, targetName: target.name, thunk: { try body(repeat each bound) }, daemon: daemon)
    }

    /// The same, in the order the tutorial often writes it: `Thread(target: worker, name: "1", args: s, p)`.
    public convenience init<each Arg>(
        target: Function<repeat each Arg>, name: Any, args: repeat each Arg, daemon: Bool? = nil
    ) {
        let body = target.body
        let bound = (repeat each args)
        self.init(name: name, targetName: target.name, thunk: { try body(repeat each bound) }, daemon: daemon)
    }

    /// The main thread of a run (or a thread adopted from outside any run).
    init(main core: ThreadCore) {
        world = core.world
        self.core = core
        isMainThread = true
        isDummy = false
        _daemon = false
        started = true
        running = true
    }

    init(adopting core: ThreadCore) {
        world = core.world
        self.core = core
        isMainThread = false
        isDummy = true
        _daemon = true
        started = true
        running = true
    }

    // MARK: attributes

    /// The thread's name; only for identification, it may be changed.
    public var name: String {
        get { core.name }
        set { core.name = newValue }
    }

    /// Whether the run may end while this thread still runs; set it before `start()`. On a started thread CPython
    /// raises RuntimeError "cannot set daemon status of active thread", which a Swift setter cannot throw: the
    /// assignment is ignored and the error is reported on stderr as an uncaught one (`Traceback …` / `Exception in
    /// thread …`). Write `try t.set(daemon: true)` to catch it instead.
    public var daemon: Bool {
        get { state.withReadLock { _daemon } }
        set {
            do {
                try setDaemonFlag(newValue)
            } catch {
                let current = current_thread()
                if current.isMainThread {
                    world.write(traceback("") + pythonErrorLine(error) + "\n", to: .stderr)
                } else {
                    world.reportUncaught(error, in: current)
                }
            }
        }
    }

    /// `thread.daemon = daemonic`, throwing CPython's RuntimeError "cannot set daemon status of active thread" once
    /// the thread has started.
    public func set(daemon daemonic: Bool) throws { try setDaemonFlag(daemonic) }

    /// Sets `daemon`; throws RuntimeError "cannot set daemon status of active thread" once started.
    func setDaemonFlag(_ daemonic: Bool) throws {
        try state.withLock {
            if started { throw RuntimeError("cannot set daemon status of active thread") }
            _daemon = daemonic
        }
    }

    /// The thread identifier, nil before `start()`. Small stable numbers in the simulated runtime.
    public var ident: Int? {
        state.withReadLock { started ? core.ident : nil }
    }

    /// Python's `native_id`: the OS-level thread id (simulated: a stable fake), nil before `start()`.
    public var native_id: Int? {
        state.withReadLock { started ? core.nativeId : nil }
    }

    /// Python's `is_alive()`: true from just before `run()` starts until just after it ends.
    public func is_alive() -> Bool {
        world.schedulingPoint()
        return state.withReadLock { started && !finished }
    }

    // MARK: life cycle

    /// The thread's activity: calls the target. Override it in a subclass.
    open func run() throws {
        try target?()
    }

    /// Starts the thread; at most once (RuntimeError "threads can only be started once").
    public func start() throws {
        let runtime = world.runtime
        world.schedulingPoint()
        try state.withLock {
            if started { throw RuntimeError("threads can only be started once") }
            started = true
        }
        world.register(self)
        runtime.launch(core) { [self] in bootstrap() }
        // As CPython: return only once the new thread runs.
        startHandshake.lock()
        while !running {
            _ = startHandshake.park(on: startWaiters, BlockReason("start \(name)"), deadline: nil, runtime: runtime)
        }
        startHandshake.unlock()
    }

    /// Waits until the thread ends, or `timeout` seconds pass (nil: forever). Check `is_alive()` afterwards.
    public func join(timeout: Double? = nil) throws {
        let runtime = world.runtime
        world.schedulingPoint()
        let isStarted = state.withReadLock { started }
        if !isStarted { throw RuntimeError("cannot join thread before it is started") }
        if Context.current === core { throw RuntimeError("cannot join current thread") }
        let deadline = runtime.deadline(after: timeout)
        state.lock()
        while !finished {
            if !state.park(on: joiners, BlockReason("join \(name)"), deadline: deadline, runtime: runtime) { break }
        }
        state.unlock()
    }

    private func bootstrap() {
        let runtime = world.runtime
        runtime.assignIdentity(core)
        world.record(.started, by: core)
        let starters = startHandshake.withLock {
            running = true
            return startWaiters.takeAll()
        }
        runtime.unpark(starters)
        if let trace = world.trace { trace("call", self) }
        if let profile = world.profile { profile("call", self) }
        do {
            try run()
        } catch {
            // After the run ended (a daemon unwound by its runtime) nobody hears of it, as CPython kills daemons.
            if !runtime.control.hasEnded { world.reportUncaught(error, in: self) }
        }
        target = nil
        world.unregister(self)
        let waiting = state.withLock {
            finished = true
            return joiners.takeAll()
        }
        runtime.unpark(waiting)
        runtime.threadExiting(core)
    }

    /// Marks the main thread finished and wakes its joiners (the run is ending).
    func finishMain() {
        let waiting = state.withLock {
            finished = true
            return joiners.takeAll()
        }
        world.runtime.unpark(waiting)
    }

    /// Python's `repr(thread)`: `<Thread(Thread-1 (worker), started 2)>`.
    public var description: String {
        let (started, finished, daemonic, ident) = state.withReadLock {
            (self.started, self.finished, _daemon, core.ident)
        }
        var status = started ? "started" : "initial"
        if finished { status = "stopped" }
        if daemonic { status += " daemon" }
        if started, let ident { status += " \(ident)" }
        let className =
            isMainThread ? "_MainThread" : isDummy ? "_DummyThread" : String(describing: type(of: self))
        return "<\(className)(\(name), \(status))>"
    }
}

/// A thread name as Python's `Thread.__init__` keeps it: `str(name)` if `name` is true, else nil (the default name).
private func pythonName(_ name: Any?) -> String? {
    guard let name, pythonTruth(name) else { return nil }
    return str(name)
}
