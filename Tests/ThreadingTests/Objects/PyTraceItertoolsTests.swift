import Testing
import Threading

/// `threading.settrace`/`setprofile`, `itertools` and the OSError family in translated code print what python3 prints.
@Suite(.enabled(if: python3IsInstalled())) struct PyTraceItertoolsTests {
    @Test func traceAndProfileFunctionsSeeTheCallsOfLaterThreads() throws {
        try expectSameAsCPython(
            """
            import threading
            def tracer(frame, event, arg):
                if frame.f_code.co_filename == __file__:
                    print("trace:", event, frame.f_code.co_name, "in", threading.current_thread().name)
            def profiler(frame, event, arg):
                if frame.f_code.co_filename == __file__ and event in ("call", "return"):
                    print("profile:", event, frame.f_code.co_name, arg)
            def helper():
                return 42
            def worker():
                print("worker:", helper())
            worker()
            threading.settrace(tracer)
            t = threading.Thread(name="traced", target=worker)
            t.start()
            t.join()
            threading.settrace(None)
            threading.setprofile(profiler)
            t = threading.Thread(name="profiled", target=worker)
            t.start()
            t.join()
            threading.setprofile(None)
            """
        ) { src in
            let g = src.globals()
            g.threading = try py_import("threading")
            g.tracer = def("tracer", ["frame", "event", "arg"]) { a in
                if try (a[0].f_code.co_filename == g.__file__).isTrue {
                    try py.print("trace:", a[1], a[0].f_code.co_name, "in", g.threading.current_thread().name)
                }
                return .None
            }
            g.profiler = def("profiler", ["frame", "event", "arg"]) { a in
                if try (a[0].f_code.co_filename == g.__file__).isTrue
                    && contains(PyObject.tuple(["call", "return"]), a[1]).isTrue
                {
                    try py.print("profile:", a[1], a[0].f_code.co_name, a[2])
                }
                return .None
            }
            g.helper = def("helper", []) { _ in 42 }
            g.worker = def("worker", []) { _ in
                try py.print("worker:", g.helper())
                return .None
            }
            try g.worker()
            try g.threading.settrace(g.tracer)
            g.t = try g.threading.Thread(name: "traced", target: g.worker)
            try g.t.start()
            try g.t.join()
            try g.threading.settrace(PyObject.None)
            try g.threading.setprofile(g.profiler)
            g.t = try g.threading.Thread(name: "profiled", target: g.worker)
            try g.t.start()
            try g.t.join()
            try g.threading.setprofile(PyObject.None)
        }
    }

    @Test func aFramesGlobalsAreTheProgramsGlobals() throws {
        try expectSameAsCPython(
            """
            import threading
            def tracer(frame, event, arg):
                if frame.f_globals is globals():
                    print("trace:", event, frame.f_code.co_name, globals() is globals())
            def worker():
                print("worker: running")
            threading.settrace(tracer)
            t = threading.Thread(name="traced", target=worker)
            t.start()
            t.join()
            threading.settrace(None)
            """
        ) { src in
            let g = src.globals()
            g.threading = try py_import("threading")
            g.tracer = def("tracer", ["frame", "event", "arg"]) { a in
                if try a[0].f_globals.is(g.globals()) {
                    try py.print("trace:", a[1], a[0].f_code.co_name, PyObject(try g.globals().is(g.globals())))
                }
                return .None
            }
            g.worker = def("worker", []) { _ in
                try py.print("worker: running")
                return .None
            }
            try g.threading.settrace(g.tracer)
            g.t = try g.threading.Thread(name: "traced", target: g.worker)
            try g.t.start()
            try g.t.join()
            try g.threading.settrace(PyObject.None)
        }
    }

    @Test func itertoolsAndConnectionErrors() throws {
        try expectSameAsCPython(
            """
            import itertools
            counter = itertools.count()
            print(next(counter), next(counter), list(itertools.islice(itertools.count(10, 5), 3)))
            print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat("x", 3)))
            print(list(itertools.chain([1, 2], (3,), "45")), list(itertools.islice(range(10), 2, 8, 3)))
            for error in [ConnectionError("down"), ConnectionResetError("reset"), FileNotFoundError("gone")]:
                try:
                    raise error
                except OSError as e:
                    print(type(e).__name__, repr(e), isinstance(e, ConnectionError))
            raise BrokenPipeError("pipe")
            """
        ) { src in
            let g = src.globals()
            try at(1); g.itertools = try py_import("itertools")
            try at(2); g.counter = try g.itertools.count()
            try at(3)
            try py.print(
                py.next(g.counter), py.next(g.counter), py.list(g.itertools.islice(g.itertools.count(10, 5), 3)))
            try at(4)
            try py.print(
                py.list(g.itertools.islice(g.itertools.cycle("ab"), 5)), py.list(g.itertools.repeat("x", 3)))
            try at(5)
            try py.print(
                py.list(g.itertools.chain(PyObject.list([1, 2]), PyObject.tuple([3]), "45")),
                py.list(g.itertools.islice(py.range(10), 2, 8, 3)))
            try at(6)
            let errors = try PyObject.list([
                py.ConnectionError("down"), py.ConnectionResetError("reset"), py.FileNotFoundError("gone"),
            ]).iterator()
            while let error = try errors.nextItem() {
                do {
                    try at(8); throw try PyError(error)
                } catch let raised as PyError where raised.matches(py.OSError) {
                    let e = raised.value
                    try at(10); try py.print(py.type(e).__name__, py.repr(e), py.isinstance(e, py.ConnectionError))
                }
            }
            try at(11); throw try PyError(py.BrokenPipeError("pipe"))
        }
    }
}
