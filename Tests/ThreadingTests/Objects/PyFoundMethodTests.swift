import Testing
@testable import Threading

/// A method found by an attribute read keeps its function as the builtin or the `def` it is (`PyFoundAttribute`):
/// called at once (`x.method.name(…)`, no bound method made) it must do what calling the bound method does, taken as a
/// value it must be the bound method CPython makes, and what is no method (a static or class method, a builtin
/// function stored on a class, an instance attribute) must be found as CPython finds it.
@Suite(.enabled(if: python3IsInstalled())) struct PyFoundMethodTests {
    @Test func aClassesFunctionCalledAtOnceOrAsABoundMethodGivesTheSame() throws {
        try expectSameAsCPython(
            """
            class Box:
                scale = 10
                def __init__(self, n):
                    self.n = n
                def times(self, k):
                    return self.n * k * self.scale
            b = Box(2)
            print(b.times(3), b.times(k=3), Box.times(b, 3))
            m = b.times
            print(m(4), m.__self__ is b, m.__func__ is Box.times, m == b.times, m is b.times, type(m).__name__)
            b.times = lambda k: "shadowed"
            print(b.times(1))
            del b.times
            print(b.times(1))
            """
        ) { src in
            let g = src.globals()
            g.Box = try pyclass("Box", bases: []) { Box in
                Box.scale = 10
                Box.__init__ = def("__init__", ["self", "n"]) { a in
                    a[0].n = a[1]
                    return .None
                }
                Box.times = def("times", ["self", "k"]) { a in try a[0].n * a[1] * a[0].scale }
            }
            g.b = try g.Box(2)
            try py.print(g.b.method.times(3), g.b.times(k: 3), g.Box.times(g.b, 3))
            g.m = try g.b.times
            try py.print(
                g.m(4), PyObject(g.m.__self__.is(g.b)), PyObject(g.m.__func__.is(g.Box.times)), g.m == g.b.times,
                PyObject(g.m.is(g.b.times)), py.type(g.m).__name__)
            try g.b.times = def("<lambda>", ["k"]) { _ in "shadowed" }
            try py.print(g.b.method.times(1))
            try g.b.deleteAttribute("times")
            try py.print(g.b.method.times(1))
        }
    }

    @Test func aBuiltinMethodCalledAtOnceOrAsABoundMethodGivesTheSame() throws {
        try expectSameAsCPython(
            """
            import queue
            q = queue.Queue()
            put = q.put
            put(7)
            q.put(8)
            print(q.get(), q.get(), put.__name__, put == q.put, put is q.put, q.qsize())
            """
        ) { src in
            let g = src.globals()
            g.queue = try py_import("queue")
            g.q = try g.queue.Queue()
            g.put = try g.q.put
            try g.put(7)
            try g.q.method.put(8)
            try py.print(
                g.q.method.get(), g.q.method.get(), g.put.__name__, g.put == g.q.put, PyObject(g.put.is(g.q.put)),
                g.q.method.qsize())
        }
    }

    @Test func whatIsNoMethodIsFoundAsItIs() throws {
        try expectSameAsCPython(
            """
            class Tools:
                size = len
                unit = staticmethod(lambda: "u")
                @classmethod
                def make(cls, n):
                    return [cls.__name__, n]
            t = Tools()
            print(t.size([1, 2, 3]), t.unit(), t.make(5), Tools.make(6), t.size is len)
            """
        ) { src in
            let g = src.globals()
            g.Tools = try pyclass("Tools", bases: []) { Tools in
                Tools.size = py.len
                Tools.unit = try py.staticmethod(def("<lambda>", []) { _ in "u" })
                Tools.make = try py.classmethod(def("make", ["cls", "n"]) { a in [try a[0].__name__, a[1]] })
            }
            g.t = try g.Tools()
            try py.print(
                g.t.method.size([1, 2, 3]), g.t.method.unit(), g.t.method.make(5), g.Tools.make(6),
                PyObject(g.t.size.is(py.len)))
        }
    }
}
