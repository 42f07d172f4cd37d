import Testing
import Threading

/// `threading`, `queue` and `time` objects of translated code behave as python3's, on Threading's primitives.
@Suite(.enabled(if: python3IsInstalled())) struct PyThreadingObjectsTests {
    @Test func threadSubclassesTargetsLocksAndQueues() throws {
        try expectSameAsCPython(
            """
            import threading, queue, time
            class Worker(threading.Thread):
                def __init__(self, n):
                    super().__init__(name=f"worker-{n}")
                    self.n = n
                def run(self):
                    print(threading.current_thread().name, "runs", self.n)
            w = Worker(1)
            w.start()
            w.join()
            print(w.name, w.is_alive(), isinstance(w, threading.Thread))
            lock = threading.Lock()
            results = []
            def work(i, q):
                with lock:
                    results.append(i * 10)
                q.put(i)
            q = queue.Queue()
            threads = [threading.Thread(target=work, args=(i, q)) for i in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(sorted(results), sorted(q.get() for _ in range(3)), q.empty(), threads[0].name)
            try:
                q.get(timeout=0.1)
            except queue.Empty:
                print("empty")
            print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), lock.locked())
            start = time.monotonic()
            time.sleep(0.5)
            print(time.monotonic() - start >= 0.5)
            """
        ) { src in
            let g = src.globals()
            g.threading = try py_import("threading")
            g.queue = try py_import("queue")
            g.time = try py_import("time")
            g.Worker = try pyclass("Worker", bases: [g.threading.Thread]) { Worker in
                Worker.__init__ = def("__init__", ["self", "n"]) { a in
                    try py.super(Worker, a[0]).__init__(name: PyObject.fstring(["worker-", py.format(a[1], "")]))
                    a[0].n = a[1]
                    return .None
                }
                Worker.run = def("run", ["self"]) { a in
                    try py.print(g.threading.current_thread().name, "runs", a[0].n)
                    return .None
                }
            }
            g.w = try g.Worker(1)
            try g.w.start()
            try g.w.join()
            try py.print(g.w.name, g.w.is_alive(), py.isinstance(g.w, g.threading.Thread))
            g.lock = try g.threading.Lock()
            g.results = []
            g.work = def("work", ["i", "q"]) { a in
                try with(g.lock) { _ in try g.results.append(a[0] * 10) }
                try a[1].put(a[0])
                return .None
            }
            g.q = try g.queue.Queue()
            var threads: PyObject = []
            let range = try py.range(3).iterator()
            while let i = try range.nextItem() {
                try threads.append(g.threading.Thread(target: g.work, args: PyObject.tuple([i, try g.q])))
            }
            g.threads = threads
            threads = .None
            let starting = try g.threads.iterator()
            while let t = try starting.nextItem() { try t.start() }
            let joining = try g.threads.iterator()
            while let t = try joining.nextItem() { try t.join() }
            var gets: PyObject = []
            let three = try py.range(3).iterator()
            while try three.nextItem() != nil { try gets.append(g.q.get()) }
            try py.print(py.sorted(g.results), py.sorted(gets), g.q.empty(), g.threads[0].name)
            gets = .None
            do {
                try g.q.get(timeout: 0.1)
            } catch {
                let e = PyError(bridging: error)
                guard e.matches(try g.queue.Empty) else { throw e }
                try py.print("empty")
            }
            try py.print(
                g.threading.current_thread().name,
                PyObject(try g.threading.main_thread().is(g.threading.current_thread())), g.lock.locked())
            g.start = try g.time.monotonic()
            try g.time.sleep(0.5)
            try py.print(g.time.monotonic() - g.start >= 0.5)
        }
    }

    @Test func anExceptionInAThreadGoesThroughExcepthookWithItsTraceback() throws {
        try expectSameAsCPython(
            """
            import threading
            def worker():
                raise ValueError("bad item 3")
            t = threading.Thread(target=worker, name="w1")
            t.start()
            t.join()
            print("main continues")
            """
        ) { src in
            let g = src.globals()
            try at(1)
            g.threading = try py_import("threading")
            try at(2)
            g.worker = def("worker", []) { _ in
                try at(3)
                throw try PyError(py.ValueError("bad item 3"))
            }
            try at(4)
            g.t = try g.threading.Thread(target: g.worker, name: "w1")
            try at(5)
            try g.t.start()
            try at(6)
            try g.t.join()
            try at(7)
            try py.print("main continues")
        }
    }

    @Test func threadLocalSubclassesRunInitPerThread() throws {
        try expectSameAsCPython(
            """
            import threading
            class Ctx(threading.local):
                def __init__(self, tag):
                    print("init", tag, threading.current_thread().name)
                    self.tag = tag
            ctx = Ctx("t")
            ctx.value = 1
            def show():
                print(hasattr(ctx, "value"), ctx.tag)
            t = threading.Thread(target=show, name="other")
            t.start()
            t.join()
            print(ctx.value)
            """
        ) { src in
            let g = src.globals()
            g.threading = try py_import("threading")
            g.Ctx = try pyclass("Ctx", bases: [g.threading.local]) { Ctx in
                Ctx.__init__ = def("__init__", ["self", "tag"]) { a in
                    try py.print("init", a[1], g.threading.current_thread().name)
                    a[0].tag = a[1]
                    return .None
                }
            }
            g.ctx = try g.Ctx("t")
            try g.ctx.value = 1
            g.show = def("show", []) { _ in
                try py.print(py.hasattr(g.ctx, "value"), g.ctx.tag)
                return .None
            }
            g.t = try g.threading.Thread(target: g.show, name: "other")
            try g.t.start()
            try g.t.join()
            try py.print(g.ctx.value)
        }
    }
}
