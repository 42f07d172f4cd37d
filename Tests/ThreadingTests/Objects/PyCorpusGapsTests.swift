import Testing
import Threading

/// What the public-example corpus (Tests/Corpus) found missing from translated code, each against python3: the
/// deprecated camelCase aliases warn as CPython does, an AttributeError's traceback suggests the near name, and the
/// reprs of a future's result and of `Executor.map`'s generator name what CPython names.
@Suite(.enabled(if: python3IsInstalled())) struct PyCorpusGapsTests {
    @Test func deprecatedAliasesWarnOncePerCallSite() throws {
        try expectSameAsCPython(
            """
            import threading
            t = threading.Thread(target=print, args=("ran",))
            t.setName("worker")
            t.setDaemon(True)
            print(t.getName(), t.isDaemon(), threading.currentThread().name, threading.activeCount())
            for _ in range(2):
                print(t.getName())
            cond = threading.Condition()
            with cond:
                cond.notifyAll()
            event = threading.Event()
            print(event.isSet())
            t.start()
            t.join()
            """
        ) { src in
            _ = src.globals()
            try at(1); let threading = try py_import("threading")
            try at(2); let t = try threading.Thread(target: py.print, args: PyObject.tuple(["ran"]))
            try at(3); try t.setName("worker")
            try at(4); try t.setDaemon(true)
            try at(5); try py.print(t.getName(), t.isDaemon(), threading.currentThread().name, threading.activeCount())
            try at(6); let iterator = try py.range(2).iterator()
            while let _ = try iterator.nextItem() {
                try at(7); try py.print(t.getName())
            }
            try at(8); let cond = try threading.Condition()
            try at(9);
            try with(cond) { _ in
                try at(10); try cond.notifyAll()
            }
            try at(11); let event = try threading.Event()
            try at(12); try py.print(event.isSet())
            try at(13); try t.start()
            try at(14); try t.join()
        }
    }

    @Test func anUncaughtAttributeErrorSuggestsTheNearName() throws {
        try expectSameAsCPython(
            """
            import threading
            t = threading.Thread(target=print)
            try:
                t.isAlive()
            except AttributeError as e:
                print(e)
            t.isAlive()
            """
        ) { src in
            _ = src.globals()
            try at(1); let threading = try py_import("threading")
            try at(2); let t = try threading.Thread(target: py.print)
            try at(3);
            do {
                try at(4); try t.isAlive()
            } catch let raised as PyError {
                if raised.matches(py.AttributeError) {
                    let e = raised.value
                    try at(6); try py.print(e)
                } else {
                    throw raised
                }
            }
            try at(7); try t.isAlive()
        }
    }

    @Test func futureAndMapReprsNameWhatCPythonNames() throws {
        try expectSameAsCPython(
            """
            from concurrent import futures
            ex = futures.ThreadPoolExecutor(max_workers=1)
            f = ex.submit(pow, 2, 0.5)
            f.result()
            print(repr(f).split()[-1])
            results = ex.map(abs, [-1, 2])
            print(repr(results).split(" at ")[0])
            print(list(results))
            ex.shutdown()
            """
        ) { src in
            let g = src.globals()
            try at(1); let futures = try py_import("concurrent").futures
            try at(2); let ex = try futures.ThreadPoolExecutor(max_workers: 1)
            try at(3); let f = try ex.submit(g.pow, 2, 0.5)
            try at(4); try f.result()
            try at(5); try py.print(py.repr(f).split()[-1])
            try at(6); let results = try ex.map(py.abs, PyObject.list([-1, 2]))
            try at(7); try py.print(py.repr(results).split(" at ")[0])
            try at(8); try py.print(py.list(results))
            try at(9); try ex.shutdown()
        }
    }
}
