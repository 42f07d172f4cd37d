import Testing
import Threading

/// logging, random, concurrent.futures and the other primitives of translated code print what python3 prints.
@Suite(.enabled(if: python3IsInstalled())) struct PyModulesTests {
    @Test func loggingRandomAndIdentity() throws {
        try expectSameAsCPython(
            """
            import logging, random, sys
            logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(threadName)s:%(funcName)s:%(message)s")
            def work(n):
                logging.info("item %d of %s costs %.2f", n, "batch", n / 3)
            work(2)
            log = logging.getLogger("app")
            log.warning("careful: %r", {"k": 1})
            log.debug("hidden? %s", False)
            random.seed(7)
            print(random.random(), random.randint(1, 10), random.choice(["a", "b", "c"]))
            xs = list(range(6))
            random.shuffle(xs)
            print(xs)
            MISSING = object()
            d = {"a": None}
            print(d.get("a", MISSING) is MISSING, d.get("b", MISSING) is MISSING, id(MISSING) == id(MISSING))
            print("to stderr", file=sys.stderr)
            sys.stdout.write("written\\n")
            """
        ) { src in
            let g = src.globals()
            g.logging = try py_import("logging")
            g.random = try py_import("random")
            g.sys = try py_import("sys")
            try g.logging.basicConfig(
                level: g.logging.DEBUG, format: "%(levelname)s:%(threadName)s:%(funcName)s:%(message)s")
            g.work = def("work", ["n"]) { a in
                try g.logging.info("item %d of %s costs %.2f", a[0], "batch", a[0] / 3)
                return .None
            }
            try g.work(2)
            g.log = try g.logging.getLogger("app")
            try g.log.warning("careful: %r", PyObject.dict([("k", 1)]))
            try g.log.debug("hidden? %s", false)
            try g.random.seed(7)
            try py.print(g.random.random(), g.random.randint(1, 10), g.random.choice(["a", "b", "c"]))
            g.xs = try py.list(py.range(6))
            try g.random.shuffle(g.xs)
            try py.print(g.xs)
            g.MISSING = try py.object()
            g.d = try PyObject.dict([("a", .None)])
            try py.print(
                PyObject(try g.d.get("a", g.MISSING).is(g.MISSING)),
                PyObject(try g.d.get("b", g.MISSING).is(g.MISSING)),
                py.id(g.MISSING) == py.id(g.MISSING))
            try py.print("to stderr", file: g.sys.stderr)
            try g.sys.stdout.write("written\n")
        }
    }

    @Test func threadPoolExecutorFuturesAndPrimitives() throws {
        try expectSameAsCPython(
            """
            import concurrent.futures, threading, queue
            def square(n):
                return n * n
            with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
                futures = [ex.submit(square, n) for n in range(4)]
                print(sorted(f.result() for f in concurrent.futures.as_completed(futures)))
                print(list(ex.map(square, [5, 6])))
                bad = ex.submit(lambda: 1 / 0)
                try:
                    bad.result()
                except ZeroDivisionError as e:
                    print("raised", e, type(bad.exception()).__name__)
            pq = queue.PriorityQueue()
            for item in [(3, "c"), (1, "a"), (2, "b")]:
                pq.put(item)
            print([pq.get() for _ in range(3)])
            sem = threading.Semaphore(2)
            ev = threading.Event()
            cond = threading.Condition()
            box = []
            def producer():
                with cond:
                    box.append(1)
                    cond.notify()
                ev.set()
            def consumer():
                with cond:
                    cond.wait_for(lambda: box)
                    print("consumed", box)
            c = threading.Thread(target=consumer)
            c.start()
            threading.Thread(target=producer).start()
            c.join()
            print(ev.wait(1), sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
            b = threading.Barrier(2)
            t = threading.Thread(target=b.wait)
            t.start()
            print(b.wait() in (0, 1))
            t.join()
            """
        ) { src in
            let g = src.globals()
            g.concurrent = try py_import("concurrent")
            g.threading = try py_import("threading")
            g.queue = try py_import("queue")
            g.square = def("square", ["n"]) { a in try a[0] * a[0] }
            try with(g.concurrent.futures.ThreadPoolExecutor(max_workers: 2)) { ex in
                var futures: PyObject = []
                let it = try py.range(4).iterator()
                while let n = try it.nextItem() { try futures.append(ex.submit(g.square, n)) }
                var results: PyObject = []
                let done = try g.concurrent.futures.as_completed(futures).iterator()
                while let f = try done.nextItem() { try results.append(f.result()) }
                try py.print(py.sorted(results))
                try py.print(py.list(ex.map(g.square, [5, 6])))
                let bad = try ex.submit(def("<lambda>", []) { _ in try PyObject(1) / 0 })
                do {
                    try bad.result()
                } catch let e as PyError where e.matches(py.ZeroDivisionError) {
                    try py.print("raised", e.value, py.type(bad.exception()).__name__)
                }
                futures = .None
                results = .None
            }
            g.pq = try g.queue.PriorityQueue()
            let items = try PyObject.list([.tuple([3, "c"]), .tuple([1, "a"]), .tuple([2, "b"])]).iterator()
            while let item = try items.nextItem() { try g.pq.put(item) }
            var got: PyObject = []
            let three = try py.range(3).iterator()
            while try three.nextItem() != nil { try got.append(g.pq.get()) }
            try py.print(got)
            got = .None
            g.sem = try g.threading.Semaphore(2)
            g.ev = try g.threading.Event()
            g.cond = try g.threading.Condition()
            g.box = []
            g.producer = def("producer", []) { _ in
                try with(g.cond) { _ in
                    try g.box.append(1)
                    try g.cond.notify()
                }
                try g.ev.set()
                return .None
            }
            g.consumer = def("consumer", []) { _ in
                try with(g.cond) { _ in
                    try g.cond.wait_for(def("<lambda>", []) { _ in try g.box })
                    try py.print("consumed", g.box)
                }
                return .None
            }
            g.c = try g.threading.Thread(target: g.consumer)
            try g.c.start()
            try g.threading.Thread(target: g.producer).start()
            try g.c.join()
            try py.print(g.ev.wait(1), g.sem.acquire(), g.sem.acquire(), g.sem.acquire(blocking: false))
            g.b = try g.threading.Barrier(2)
            g.t = try g.threading.Thread(target: g.b.wait)
            try g.t.start()
            try py.print(contains(PyObject.tuple([0, 1]), g.b.wait()))
            try g.t.join()
        }
    }
}
