import Testing
import Threading

/// README's "Python objects" example prints what its Python prints.
@Suite(.enabled(if: python3IsInstalled())) struct PyReadmeExampleTests {
    @Test func theReadmeExampleMatchesCPython() throws {
        try expectSameAsCPython(
            """
            import threading
            count = 0
            def worker(n, step=1):
                global count
                for _ in range(n):
                    count = count + step
            class Job:
                def __init__(self, name):
                    self.name = name
            t = threading.Thread(target=worker, args=(3,))
            t.start(); t.join()
            print(f"count={count}", sep="")
            """
        ) { src in
            let g = PyGlobals(file: src.file, source: src.lines)
            g.threading = try py_import("threading")
            try at(3); g.count = 0
            g.worker = def("worker", ["n", "step="], defaults: [1]) { a in
                let it = try py.range(a[0]).iterator()
                while try it.nextItem() != nil { g.count = try g.count + a[1] }
                return PyObject.None
            }
            g.Job = try pyclass("Job", bases: []) { Job in
                Job.__init__ = def("__init__", ["self", "name"]) { a in
                    a[0].name = a[1]; return PyObject.None
                }
            }
            let t = try g.threading.Thread(target: g.worker, args: PyObject.tuple([3]))
            try t.start(); try t.join()
            try py.print(try PyObject("count=\(g.count)"), sep: "")
        }
    }
}
