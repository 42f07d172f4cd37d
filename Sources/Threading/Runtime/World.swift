/// Everything one run owns besides its scheduler: the trace, counters for names, live threads and `threading`'s
/// hooks, and the Python modules' own per-run states (`modules`). A fresh world per run.
final class World: @unchecked Sendable {
    let runtime: any Runtime
    /// Reached first in every primitive operation and module function of this world.
    let schedulingPoint: SchedulingPoint
    let recorder: TraceRecorder
    /// Each Python module's state in this run (`logging`'s configuration, `random`'s generator, …).
    let modules: PythonModules
    /// Whether this run's program left `Int` and `String` printing as themselves (`str()`'s fast path); nil for the
    /// ambient world, which lives on while libraries load (each `str()` then checks).
    let plainTypes: PlainTypes?

    private let lock: InternalLock
    private var threadNameCounter = 0
    private var nextIndex = 0
    private var kindCounters: [String: Int] = [:]
    private var foreignCounter = 0
    private var cores: [Int: ThreadCore] = [:]
    private var live: [Thread] = []
    private var _mainThread: Thread?
    private var _excepthook: ExceptHook = defaultExcepthook
    private var _trace: TraceFunction?
    private var _profile: TraceFunction?
    private var _atexit: [() -> Void] = []
    /// The program's module namespaces made in this run (`PyGlobals`), emptied at tear-down. Untracked: registering
    /// one is bookkeeping, not a step the search must order.
    private let namespacesLock = InternalLock(tracked: false)
    private var namespaces: [PyModule] = []
    /// The classes the program defined in this run (`pyclass`), emptied at tear-down.
    private var classes: [PyType] = []
    /// Whether this is the ambient world (it never tears down, so it keeps no namespaces).
    private let isAmbient: Bool

    /// `SchedulingPoint.betweenOperations` for a caller that borrows the world (`SharedAccess`): the scheduling
    /// point's two parts read in place, where calling a method on the stored struct copies it (two retains and two
    /// releases at every shared access of translated code).
    @inline(__always) func betweenOperations() {
        SchedulingPoint.betweenOperations(schedulingPoint.control, schedulingPoint.runtime)
    }

    /// The exhaustive search watching this run's steps (nil outside a search).
    let stepObserver = StepFootprint.current

    /// A run's world; `ambient` for the world of threads outside any run (`World.ambient`).
    init(runtime: any Runtime, recorder: TraceRecorder, randomSeed: UInt64, ambient: Bool = false) {
        self.runtime = runtime
        schedulingPoint = SchedulingPoint(runtime)
        self.recorder = recorder
        // The modules' locks, then the world's: an exhaustive search names locks by their creation order.
        modules = PythonModules(randomSeed: randomSeed)
        lock = InternalLock()
        plainTypes = ambient ? nil : PlainTypes.now
        isAmbient = ambient
    }

    /// The world of threads that are not inside any `runProgram`: real runtime, output straight to the process.
    static let ambient: World = {
        let recorder = TraceRecorder(echo: nil, recordsLifecycle: false, passthrough: true)
        return World(
            runtime: RealRuntime(recorder: recorder, ambient: true), recorder: recorder, randomSeed: 0, ambient: true)
    }()

    // MARK: names and indices

    /// A new thread core with the next index; `name` nil means `Thread-N` (plus ` (target)` when given).
    func makeCore(name: String?, targetName: String?) -> ThreadCore {
        lock.withLock {
            let resolved: String
            if let name, !name.isEmpty {  // Python: `if name:`, so "" gets a default name too
                resolved = name
            } else {
                threadNameCounter += 1
                resolved = "Thread-\(threadNameCounter)" + (targetName.map { " (\($0))" } ?? "")
            }
            let core = ThreadCore(index: nextIndex, name: resolved, world: self)
            nextIndex += 1
            cores[core.index] = core
            return core
        }
    }

    /// `Kind#N`: the label of the N-th primitive of that kind created in this world.
    func label(_ kind: String) -> String { "\(kind)#\(serial(kind))" }

    /// N for the N-th object of that kind created in this world (from 1): an order that, unlike addresses, is the
    /// same in every run of one schedule.
    func serial(_ kind: String) -> Int {
        lock.withLock {
            let n = (kindCounters[kind] ?? 0) + 1
            kindCounters[kind] = n
            return n
        }
    }

    func core(index: Int) -> ThreadCore? { lock.withReadLock { cores[index] } }

    // MARK: live threads

    /// The run's main thread. Outside any run (the ambient world) there is none: the first thread adopted stands in.
    var mainThread: Thread {
        get {
            if let main = lock.withReadLock({ _mainThread }) { return main }
            let core = Context.current
            return lock.withLock {
                if _mainThread == nil { _mainThread = core.thread }
                return _mainThread!
            }
        }
        set { lock.withLock { _mainThread = newValue } }
    }

    // Threads starting and ending commute with each other (one registers or removes itself); reading the list
    // depends on them all.
    func register(_ thread: Thread) { lock.withCommutingUpdate { live.append(thread) } }
    func unregister(_ thread: Thread) { lock.withCommutingUpdate { live.removeAll { $0 === thread } } }
    var liveThreads: [Thread] { lock.withLock { live } }

    /// A thread that is not part of any run, seen for the first time (ambient world only).
    func adoptForeignThread() -> ThreadCore {
        let name = lock.withLock { () -> String in
            foreignCounter += 1
            return "Dummy-\(foreignCounter)"
        }
        let core = makeCore(name: name, targetName: nil)
        let thread = Thread(adopting: core)
        core.thread = thread
        runtime.assignIdentity(core)
        return core
    }

    // MARK: hooks

    var excepthook: ExceptHook {
        get { lock.withReadLock { _excepthook } }
        set { lock.withLock { _excepthook = newValue } }
    }
    var trace: TraceFunction? {
        get { lock.withReadLock { _trace } }
        set { lock.withLock { _trace = newValue } }
    }
    var profile: TraceFunction? {
        get { lock.withReadLock { _profile } }
        set { lock.withLock { _profile = newValue } }
    }

    /// `threading._register_atexit(call)`: `call` runs in the main thread when the program's main code is done,
    /// before the non-daemon threads are joined; the last registered runs first.
    func registerAtexit(_ call: @escaping () -> Void) { lock.withLock { _atexit.append(call) } }

    // MARK: output

    /// Records output written by the calling thread.
    func write(_ text: String, to stream: StdStream) {
        // The calling thread's core borrowed (`Context.current` costs a retain and a release; every print and log
        // record comes here).
        if Context.withBound({ write(text, to: stream, by: $0) }) == nil {
            write(text, to: stream, by: Context.current)
        }
    }

    /// `write(_:to:)` by the calling thread, `core`.
    private func write(_ text: String, to stream: StdStream, by core: ThreadCore) {
        schedulingPoint()
        stepObserver?.noteWrite(StepFootprint.output)
        recorder.record(time: runtime.now, core: core, .output(stream, text))
    }

    func record(_ kind: TraceEvent.Kind, by core: ThreadCore) {
        recorder.record(time: runtime.now, core: core, kind)
    }

    // MARK: the main thread

    /// The body of the main thread: runs the program, prints an escaped error as Python does, waits for the
    /// non-daemon threads (`threading._shutdown`), then ends the run.
    func runMain(_ body: () throws -> Void) {
        let core = Context.current
        let main = mainThread
        runtime.assignIdentity(core)
        record(.started, by: core)
        var outcome = RunOutcome.completed
        do {
            try body()
        } catch is SystemExit {
        } catch let error as PyError where error.matches(py.SystemExit) {
        } catch {
            write(traceback(pythonTracebackFrames(error) ?? "") + pythonErrorLine(error) + "\n", to: .stderr)
            outcome = .uncaughtError(pythonErrorLine(error))
        }
        for call in lock.withLock({ _atexit }).reversed() { call() }
        while let thread = liveThreads.first(where: { $0 !== main && !$0.daemon }) {
            try? thread.join()
        }
        main.finishMain()
        record(.exited, by: core)
        runtime.finish(outcome)
    }

    /// Keeps `namespace` (a program's globals) to empty at tear-down: its functions and classes capture it, a cycle
    /// that no reference count frees, so every run would otherwise keep its globals and all they reach.
    func adoptNamespace(_ namespace: PyModule) {
        guard !isAmbient else { return }
        namespacesLock.withLock { namespaces.append(namespace) }
    }

    /// Keeps `cls` (a class the program defined) to empty at tear-down: a method that calls `super()` captures its
    /// class, a cycle through the class namespace that no reference count frees.
    func adoptClass(_ cls: PyType) {
        guard !isAmbient else { return }
        namespacesLock.withLock { classes.append(cls) }
    }

    /// Breaks the reference cycles between threads, cores and this world, and those through the program's globals,
    /// once the run is over (no fiber of it runs any more).
    func tearDown() {
        let all = lock.withLock { () -> [ThreadCore] in
            let all = Array(cores.values)
            cores = [:]
            live = []
            _mainThread = nil
            _atexit = []
            return all
        }
        for core in all { core.thread = nil }
        modules.futures.forgetRun()
        let (globals, defined) = namespacesLock.withLock { () -> ([PyModule], [PyType]) in
            defer {
                namespaces = []
                classes = []
            }
            return (namespaces, classes)
        }
        for namespace in globals { namespace.unbindAll() }
        for cls in defined { withExtendedLifetime(PyLock.withLock { cls.dict.removeAll() }) {} }
    }
}
