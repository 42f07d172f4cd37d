import Testing
import Threading

/// raise/except/else/finally, custom exception classes, `with`, and CPython's traceback of an uncaught exception.
@Suite(.enabled(if: python3IsInstalled())) struct PyExceptionsTests {
    @Test func customExceptionsAndContextManagers() throws {
        try expectSameAsCPython(
            """
            class AppError(Exception):
                def __init__(self, code, text):
                    super().__init__(f"{code}: {text}")
                    self.code = code
            class Resource:
                def __enter__(self):
                    print("enter")
                    return self
                def __exit__(self, kind, value, tb):
                    print("exit", kind.__name__ if kind else None, value)
                    return kind is KeyError
            try:
                raise AppError(404, "missing")
            except AppError as e:
                print("caught", e, e.code, e.args, repr(e))
            else:
                print("no error")
            finally:
                print("finally")
            with Resource() as r:
                print("inside", type(r).__name__)
            with Resource():
                raise KeyError("k")
            print("swallowed")
            try:
                with Resource():
                    raise ValueError("v")
            except ValueError as e:
                print("propagated", repr(e))
            try:
                raise RuntimeError("outer") from KeyError("inner")
            except RuntimeError as e:
                print(e, repr(e.__cause__))
            print(repr(ValueError()), str(KeyError("k")), repr(KeyError("k")), ValueError(1, 2))
            """
        ) { src in
            let g = src.globals()
            g.AppError = try pyclass("AppError", bases: [py.Exception]) { AppError in
                AppError.__init__ = def("__init__", ["self", "code", "text"]) { a in
                    try py.super(AppError, a[0]).__init__(
                        PyObject.fstring([py.format(a[1], ""), ": ", py.format(a[2], "")]))
                    a[0].code = a[1]
                    return .None
                }
            }
            g.Resource = try pyclass("Resource", bases: []) { Resource in
                Resource.__enter__ = def("__enter__", ["self"]) { a in
                    try py.print("enter")
                    return a[0]
                }
                Resource.__exit__ = def("__exit__", ["self", "kind", "value", "tb"]) { a in
                    try py.print("exit", a[1].isTrue ? try a[1].__name__ : .None, a[2])
                    return PyObject(a[1].is(py.KeyError))
                }
            }
            do {
                do {
                    throw try PyError(g.AppError(404, "missing"))
                } catch {
                    let e = PyError(bridging: error)
                    guard e.matches(try g.AppError) else { throw e }
                    try py.print("caught", e.value, e.value.code, e.value.args, py.repr(e.value))
                }
                try py.print("finally")
            }
            try with(g.Resource()) { r in try py.print("inside", py.type(r).__name__) }
            try with(g.Resource()) { _ in throw try PyError(py.KeyError("k")) }
            try py.print("swallowed")
            do {
                try with(g.Resource()) { _ in throw try PyError(py.ValueError("v")) }
            } catch let e as PyError where e.matches(py.ValueError) {
                try py.print("propagated", py.repr(e.value))
            }
            do {
                throw try PyError(py.RuntimeError("outer"), cause: py.KeyError("inner"))
            } catch let e as PyError where e.matches(py.RuntimeError) {
                try py.print(e.value, py.repr(e.value.__cause__))
            }
            try py.print(
                py.repr(py.ValueError()), py.str(py.KeyError("k")), py.repr(py.KeyError("k")), py.ValueError(1, 2))
        }
    }

    @Test func anUncaughtExceptionPrintsCPythonsTraceback() throws {
        try expectSameAsCPython(
            """
            def inner(items):
                return items["missing"]

            def outer():
                print("before")
                inner({})

            outer()
            """
        ) { src in
            let g = src.globals()
            try at(1)
            g.inner = def("inner", ["items"]) { a in
                try at(2)
                return try a[0]["missing"]
            }
            try at(4)
            g.outer = def("outer", []) { _ in
                try at(5)
                try py.print("before")
                try at(6)
                try g.inner(PyObject.dict([]))
                return .None
            }
            try at(8)
            try g.outer()
        }
    }
}
