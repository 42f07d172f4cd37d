import Testing
@_spi(Harness) import Threading

/// Translated code on the real runtime, where its threads run in parallel: every object's state is reached under
/// `PyLock` and each thread keeps its own frames, so nothing is lost and (under `--sanitize=thread`) nothing races.
@Suite struct PyRealRuntimeTests {
    static let threads = 4
    static let rounds = 150

    @Test func threadsSharingGlobalsContainersAndAttributesLoseNothing() {
        let result = runProgram(RunOptions(runtime: .real)) {
            let g = PyGlobals(file: "stress.py", source: [:])
            g.threading = try py_import("threading")
            g.queue = try py_import("queue")
            g.lock = try g.threading.Lock()
            g.count = 0
            g.items = []
            g.seen = try PyObject.dict([])
            g.names = try PyObject.set([])
            g.q = try g.queue.Queue()
            g.mine = try g.threading.local()
            g.futures = try py_import("concurrent.futures")
            g.pool = try g.futures.ThreadPoolExecutor(max_workers: 3)
            g.done = []
            g.Box = try pyclass("Box", bases: []) { Box in
                Box.__init__ = def("__init__", ["self"]) { a in
                    a[0].hits = 0
                    return .None
                }
                Box.__repr__ = def("__repr__", ["self"]) { a in try PyObject.fstring(["Box(", a[0].hits, ")"]) }
            }
            g.box = try g.Box()
            g.work = def("work", ["n"]) { a in
                let n = a[0]
                let rounds = try py.range(PyObject(Self.rounds)).iterator()
                while let i = try rounds.nextItem() {
                    try at(1)
                    try with(g.lock) { _ in
                        g.count = try g.count + 1
                        try g.box.hits = g.box.hits + 1
                    }
                    try g.items.append(PyObject.tuple([n, i]))
                    try g.seen.setItem(PyObject.tuple([n, i]), py.id(g.box))
                    try g.names.add(g.threading.current_thread().name)
                    try g.q.put(i)
                    _ = try py.repr(g.items)  // reads the list while the other threads append
                    let local = try pyclass("Local", bases: []) { Local in Local.n = n }
                    _ = try local.n
                    try g.mine.n = n
                    try g.Box.last = i
                    if try (g.mine.n != n).isTrue { throw try PyError(py.AssertionError("threading.local shared")) }
                    try g.done.append(g.pool.submit(py.abs, i))
                }
                return .None
            }
            var threads: [PyObject] = []
            for n in 0..<Self.threads {
                threads.append(try g.threading.Thread(target: g.work, args: PyObject.tuple([PyObject(n)])))
            }
            for thread in threads { try thread.start() }
            for thread in threads { try thread.join() }
            var futureSum: PyObject = 0
            let futures = try g.done.iterator()
            while let future = try futures.nextItem() { futureSum = try futureSum + future.result() }
            try g.pool.shutdown()
            var drained = 0
            while try !g.q.empty().isTrue {
                try g.q.get()
                drained += 1
            }
            try py.print(g.count, py.len(g.items), py.len(g.seen), py.len(g.names), PyObject(drained), futureSum, g.box)
        }
        let total = Self.threads * Self.rounds
        let sum = Self.threads * (0..<Self.rounds).reduce(0, +)
        #expect(result.lines() == ["\(total) \(total) \(total) \(Self.threads) \(total) \(sum) Box(\(total))"])
        #expect(result.text(of: .stderr) == "")
    }
}
