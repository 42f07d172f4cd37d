import Testing
@testable import Threading

/// A queue's `put(item)`, `get()` and `task_done()` and `logging.info(msg)` run their `PyQuickBodies` (no array of
/// bound defaults): they must do what the general body does with the defaults, and give way to what CPython finds
/// instead of the method.
@Suite(.enabled(if: python3IsInstalled())) struct PyQuickBodiesTests {
    @Test func aQueuesQuickCallsDoWhatItsGeneralCallsDo() throws {
        try expectSameAsCPython(
            """
            import queue
            q = queue.Queue()
            q.put(1)
            q.put(2, True, None)
            print(q.get(), q.get(True, None), q.qsize())
            q.task_done()
            queue.Queue.task_done(q)
            for done in [lambda: q.task_done(), q.task_done]:
                try:
                    done()
                except ValueError as e:
                    print("ValueError:", e)
            """
        ) { src in
            _ = src.globals()
            let queue = try py_import("queue")
            let q = try queue.Queue()
            try q.method.put(1)  // the quick body
            try q.put(2, true, PyObject.None)  // the general one (a bound method called with every argument)
            try py.print(q.method.get(), q.get(true, PyObject.None), q.method.qsize())
            try q.method.task_done()
            try queue.Queue.task_done(q)
            let quick = { _ = try q.method.task_done() }
            let general = { _ = try q.task_done() }  // the bound method object's call
            for done in [quick, general] {
                do { try done() } catch let e as PyError where e.matches(py.ValueError) {
                    try py.print("ValueError:", e.value)
                }
            }
        }
    }

    @Test func theQueuesCommonestCallsHaveQuickBodies() {
        func bodies(_ name: PyName) -> PyQuickBodies? { (PyQueueModule.Queue.dict[name]?.ref as? PyBuiltin)?.bodies }
        #expect(bodies("get")?.one != nil)
        #expect(bodies("task_done")?.one != nil)
        #expect(bodies("put")?.two != nil)
    }

    @Test func anInstanceAttributeOrASubclassMethodIsCalledInstead() throws {
        try expectSameAsCPython(
            """
            import queue
            class Counted(queue.Queue):
                def get(self):
                    return "counted"
            q = queue.Queue()
            q.put("item")
            q.get = lambda: "shadowed"
            print(q.get(), Counted().get())
            del q.get
            print(q.get())
            """
        ) { src in
            _ = src.globals()
            let queue = try py_import("queue")
            let counted = try pyclass("Counted", bases: [queue.Queue]) { ns in
                ns.get = def("get", ["self"]) { _ in "counted" }
            }
            let q = try queue.Queue()
            try q.method.put("item")
            q.get = def("<lambda>", []) { _ in "shadowed" }
            try py.print(q.method.get(), counted().method.get())
            try q.deleteAttribute("get")
            try py.print(q.method.get())
        }
    }

    @Test func aLogMessageAloneIsNotFormattedAsWithArguments() throws {
        try expectSameAsCPython(
            """
            import logging
            import sys
            logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s", level=logging.DEBUG)
            logging.info("100% done")
            logging.info(msg="100% done")
            logging.info("%d%% done", 50)
            logging.warning(5)
            logging.error(None)
            logging.debug("%s")
            logging.critical("%s", "%s")
            """
        ) { src in
            _ = src.globals()
            let logging = try py_import("logging")
            let sys = try py_import("sys")
            try logging.basicConfig(
                stream: sys.stdout, format: "%(levelname)s %(message)s", level: logging.DEBUG)
            try logging.info("100% done")  // the quick body
            try logging.info(msg: "100% done")  // the general one
            try logging.info("%d%% done", 50)
            try logging.warning(5)
            try logging.error(PyObject.None)
            try logging.debug("%s")
            try logging.critical("%s", "%s")
        }
    }

    @Test func aModulesFunctionCalledThroughMethodRunsItsQuickBodyAsCPythonRunsTheFunction() throws {
        try expectSameAsCPython(
            """
            import time
            import logging
            import sys
            logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s", level=logging.INFO)
            time.sleep(0)
            time.sleep(0.5)
            print(time.sleep(0.25))
            try:
                time.sleep(-1)
            except ValueError as e:
                print(e)
            logging.info(3)
            logging.info("%s")
            time.sleep = lambda secs: print("rebound", secs)
            time.sleep(2)
            """
        ) { src in
            _ = src.globals()
            let time = try py_import("time")
            let logging = try py_import("logging")
            let sys = try py_import("sys")
            try logging.basicConfig(stream: sys.stdout, format: "%(levelname)s %(message)s", level: logging.INFO)
            // As the translator writes a module's function called with positional values: no argument array.
            try time.method.sleep(0)
            try time.method.sleep(0.5)
            try py.print(time.method.sleep(0.25))
            do { try time.method.sleep(-1) } catch let e as PyError where e.matches(py.ValueError) {
                try py.print(e.value)
            }
            try logging.method.info(3)
            try logging.method.info("%s")
            time.sleep = def("<lambda>", ["secs"]) { a in try py.print("rebound", a[0]) }
            try time.method.sleep(2)
        }
    }

    /// `time.sleep` takes a float, or anything that is an integer (`__index__`); nothing else, not even a value
    /// with `__float__` alone, with CPython's words.
    @Test func timeSleepTakesWhatCPythonTakes() throws {
        try expectSameAsCPython(
            """
            import time
            class Index:
                def __index__(self):
                    return 0
            class Floaty:
                def __float__(self):
                    return 0.0
            for secs in [True, 0, 0.0, Index(), "1", None, [1], Floaty()]:
                try:
                    print(time.sleep(secs))
                except TypeError as e:
                    print("TypeError:", e)
            """
        ) { src in
            _ = src.globals()
            let time = try py_import("time")
            let Index = try pyclass("Index", bases: []) { Index in
                Index.__index__ = def("__index__", ["self"]) { _ in 0 }
            }
            let Floaty = try pyclass("Floaty", bases: []) { Floaty in
                Floaty.__float__ = def("__float__", ["self"]) { _ in 0.0 }
            }
            let values: [PyObject] = [true, 0, 0.0, try Index(), "1", .None, .list([1]), try Floaty()]
            for secs in values {
                do { try py.print(time.method.sleep(secs)) } catch let e as PyError where e.matches(py.TypeError) {
                    try py.print("TypeError:", e.value)
                }
            }
        }
    }

    @Test func timeSleepAndLoggingInfoHaveQuickBodies() throws {
        func bodies(_ module: PyObject, _ name: PyName) throws -> PyQuickBodies? {
            (try (module.ref as? PyModule)?.get(name).ref as? PyBuiltin)?.bodies
        }
        #expect(try bodies(PyTimeModule.make(), "sleep")?.one != nil)
        #expect(try bodies(PyLoggingModule.make(), "info")?.one != nil)
    }
}
