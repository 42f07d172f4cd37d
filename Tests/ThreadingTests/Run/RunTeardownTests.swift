import Testing
@_spi(Harness) @testable import Threading

#if canImport(Glibc)
    import Glibc
#endif

/// What a run made is freed when the run is over, even where it refers back to itself: an exhaustive search runs a
/// cell thousands of times in one process, and a cycle left per run made `docgen model-check` on the corpus hold
/// gigabytes.
@Suite struct RunTeardownTests {
    /// Holds a weak reference out of a run, to see what the run left alive.
    private final class Watch: @unchecked Sendable {
        weak var object: AnyObject?

        /// Whether the object is gone within `seconds`: the run's carrier thread lets go of its last locals (the
        /// run's threads) just after the caller sees the run end.
        func isFreed(within seconds: Double = 5) -> Bool {
            let deadline = monotonicSeconds() + seconds
            while object != nil && monotonicSeconds() < deadline { usleep(1_000) }
            return object == nil
        }
    }

    /// A translated program's globals hold its functions, which capture the globals: the run's tear-down empties
    /// them, so the cycle (and everything it reaches) is freed.
    @Test func aProgramsGlobalsAreFreedThoughItsFunctionsCaptureThem() {
        let watch = Watch()
        let result = runProgram {
            let g = PyGlobals(file: "cycle.py")
            g.x = 1
            g.f = def("f", []) { _ in try g.x }
            watch.object = g.ref
        }
        #expect(result.outcome == .completed)
        #expect(watch.isFreed())
    }

    /// A class lists itself first in its method resolution order, and a method calling `super()` captures its class:
    /// neither may keep the class (with its methods and what they capture) alive after its run.
    @Test func aClassDefinedInARunIsFreed() {
        let watch = Watch()
        let result = runProgram {
            let g = PyGlobals(file: "classes.py")
            g.Base = try pyclass("Base", bases: []) { Base in
                Base.greet = def("greet", ["self"]) { _ in PyObject("hello") }
            }
            g.Job = try pyclass("Job", bases: [try g.Base]) { Job in
                Job.greet = def("greet", ["self"]) { a in try py.super(Job, a[0]).greet() }
            }
            let job = try g.Job()
            _ = try job.greet()
            watch.object = try g.Job.ref
        }
        #expect(result.outcome == .completed)
        #expect(watch.isFreed())
    }

    /// A run that used a thread pool lets its world go: the pool's workers and the futures' waiters belong to the run.
    @Test func aRunWithAThreadPoolFreesItsWorld() {
        let watch = Watch()
        let result = runProgram {
            let g = PyGlobals(file: "pool.py")
            g.futures = try py_import("concurrent.futures")
            g.square = def("square", ["n"]) { a in try a[0] * a[0] }
            try with(g.futures.ThreadPoolExecutor(max_workers: 2)) { ex in
                let future = try ex.submit(g.square, 3)
                _ = try future.result()
            }
            watch.object = Context.world
        }
        #expect(result.outcome == .completed)
        #expect(watch.isFreed())
    }

    /// A daemon still sleeping when the main thread ends (`while True: …; time.sleep(1)`) is unwound, so its frames
    /// let go of the run's world: it used to be left for good, about 9 KB a run, gigabytes for a long search.
    @Test func aDaemonSleepingAtTheEndIsUnwound() {
        let watch = Watch()
        let result = runProgram {
            let g = PyGlobals(file: "sleeper.py")
            g.threading = try py_import("threading")
            g.time = try py_import("time")
            g.beat = def("beat", []) { _ in
                while true { _ = try g.time.sleep(1) }
            }
            _ = try g.threading.Thread(target: g.beat, daemon: true).start()
            _ = try g.time.sleep(0.5)
            watch.object = Context.world
        }
        #expect(result.outcome == .completed)
        #expect(watch.isFreed())
    }

    /// A daemon's `except` does not stop its unwinding: not around the sleep (`except Exception`), not around a
    /// queue's `get` (`except queue.Empty`, which the get failing at the end must not look like), not in a `with`, and
    /// an `Event.wait` or a `Condition.wait` in a loop does not go on as if it had timed out.
    @Test func exceptClausesAndWithBlocksDoNotStopTheUnwinding() {
        let watch = Watch()
        let result = runProgram {
            let g = PyGlobals(file: "handlers.py")
            g.threading = try py_import("threading")
            g.time = try py_import("time")
            g.queue = try py_import("queue")
            g.q = try g.queue.Queue()
            g.lock = try g.threading.Lock()
            g.napper = def("napper", []) { _ in
                try Self.forever(ignoring: py.Exception) { try with(g.lock) { _ in _ = try g.time.sleep(1) } }
            }
            g.poller = def("poller", []) { _ in
                try Self.forever(ignoring: try g.queue.Empty) { _ = try g.q.get(timeout: 1) }
            }
            g.stop = try g.threading.Event()
            g.watcher = def("watcher", []) { _ in
                while try !g.stop.wait(1).isTrue {}
                return .None
            }
            g.cond = try g.threading.Condition()
            g.sleeper = def("sleeper", []) { _ in
                try Self.forever(ignoring: py.Exception) { try with(g.cond) { _ in _ = try g.cond.wait() } }
            }
            _ = try g.threading.Thread(target: g.sleeper, daemon: true).start()
            _ = try g.threading.Thread(target: g.watcher, daemon: true).start()
            _ = try g.threading.Thread(target: g.napper, daemon: true).start()
            _ = try g.threading.Thread(target: g.poller, daemon: true).start()
            _ = try g.time.sleep(0.5)
            watch.object = Context.world
        }
        #expect(result.outcome == .completed)
        #expect(watch.isFreed())
    }

    /// A daemon's body `while True: try: body() except type: pass`: it never returns.
    private static func forever(ignoring type: PyObject, _ body: () throws -> Void) throws -> PyObject {
        while true {
            do { try body() } catch let raised as PyError where raised.matches(type) {}
        }
    }
}
