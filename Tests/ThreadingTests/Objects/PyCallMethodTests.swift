import Testing
@testable import Threading

/// `x.callMethod("name", …)`, the one-step read and call the translator writes when the arguments are local names or
/// constants, must do what `x.method.name(…)` and Python's `x.name(…)` do for every kind of attribute: a builtin
/// method of a builtin class (run on the object as it is) and the instance attribute that shadows it, a module's
/// function, a `def` of a class, a class's `__getattr__`, and the AttributeError of a missing one.
@Suite(.enabled(if: python3IsInstalled())) struct PyCallMethodTests {
    @Test func callMethodReadsAndCallsAsPythonDoes() throws {
        try expectSameAsCPython(
            """
            import queue, logging
            class Box:
                def __init__(self, n):
                    self.n = n
                def times(self, k, extra=0):
                    return self.n * k + extra
                def __getattr__(self, name):
                    return lambda *args: f"{name}{args}"
            q = queue.Queue()
            q.put(1)
            q.put(2, True)
            q.put(3, True, None)
            print(q.get(), q.qsize(), q.get(True, None), q.get(False))
            q.get_nowait = lambda: "shadowed"
            print(q.get_nowait(), q.empty(), logging.getLevelName(20))
            b = Box(2)
            print(b.times(3), b.times(3, 1), b.other(), b.other(1, 2, 3))
            try:
                q.missing()
            except AttributeError as error:
                print(error)
            """
        ) { src in
            let g = src.globals()
            g.queue = try py_import("queue")
            g.logging = try py_import("logging")
            g.Box = try pyclass("Box", bases: []) { Box in
                Box.__init__ = def("__init__", ["self", "n"]) { a in
                    a[0].n = a[1]
                    return .None
                }
                Box.times = def("times", ["self", "k", "extra="], defaults: [0]) { a in try a[0].n * a[1] + a[2] }
                Box.__getattr__ = def("__getattr__", ["self", "name"]) { a in
                    let name = a[1]
                    return def("<lambda>", ["*args"]) { b in PyObject(try pyStr(name) + pyRepr(b[0])) }
                }
            }
            g.q = try g.queue.callMethod("Queue")
            let q = try g.q
            try q.callMethod("put", 1)
            try q.callMethod("put", 2, true)
            try q.callMethod("put", 3, true, .None)
            try py.print(
                q.callMethod("get"), q.callMethod("qsize"), q.callMethod("get", true, .None), q.callMethod("get", false)
            )
            try g.q.get_nowait = def("<lambda>", []) { _ in "shadowed" }
            try py.print(q.callMethod("get_nowait"), q.callMethod("empty"), g.logging.callMethod("getLevelName", 20))
            g.b = try g.Box(2)
            let b = try g.b
            try py.print(
                b.callMethod("times", 3), b.callMethod("times", 3, 1), b.callMethod("other"),
                b.callMethod("other", 1, 2, 3))
            do {
                try q.callMethod("missing")
            } catch let error as PyError where error.matches(py.AttributeError) {
                try py.print(error.value)
            }
        }
    }
}
