import Testing
import Threading

/// Functions (defaults, keywords, *args, **kwargs), closures with cells, lambdas and decorators behave as in python3.
@Suite(.enabled(if: python3IsInstalled())) struct PyFunctionsTests {
    @Test func argumentsBindAsInCPython() throws {
        try expectSameAsCPython(
            """
            def f(a, b=2, *args, c, d=4, **kw):
                print(a, b, args, c, d, kw)
            f(1, c=3)
            f(1, 5, 6, 7, c=8, e=9)
            f(*[1, 2, 3], **{"c": 0, "z": 1})
            g = lambda x, y=10: x + y
            print(g(1), g(1, 2), g(y=3, x=4))
            for call in (lambda: f(), lambda: f(1, 2), lambda: f(1, c=1, a=2), lambda: g(1, 2, 3), lambda: g(1, q=2)):
                try:
                    call()
                except TypeError as e:
                    print("TypeError:", e)
            """
        ) { src in
            let g = src.globals()
            g.f = def("f", ["a", "b=", "*args", "c", "d=", "**kw"], defaults: [2, 4]) { a in
                try py.print(a[0], a[1], a[2], a[3], a[4], a[5])
                return .None
            }
            try g.f(1, c: 3)
            try g.f(1, 5, 6, 7, c: 8, e: 9)
            try g.f.call(PyStar([1, 2, 3]), kwargs: PyStarStar(PyObject.dict([("c", 0), ("z", 1)])))
            g.g = def("<lambda>", ["x", "y="], defaults: [10]) { a in try a[0] + a[1] }
            try py.print(g.g(1), g.g(1, 2), g.g(y: 3, x: 4))
            let calls: [PyObject] = [
                def("<lambda>", []) { _ in try g.f() }, def("<lambda>", []) { _ in try g.f(1, 2) },
                def("<lambda>", []) { _ in try g.f(1, c: 1, a: 2) }, def("<lambda>", []) { _ in try g.g(1, 2, 3) },
                def("<lambda>", []) { _ in try g.g(1, q: 2) },
            ]
            let it = try PyObject.tuple(calls).iterator()
            while let call = try it.nextItem() {
                do {
                    try call()
                } catch let e as PyError where e.matches(py.TypeError) {
                    try py.print("TypeError:", e.value)
                }
            }
        }
    }

    @Test func closuresNonlocalAndDecorators() throws {
        try expectSameAsCPython(
            """
            import functools
            def counter():
                total = 0
                def bump(n=1):
                    nonlocal total
                    total += n
                    return total
                return bump
            c = counter()
            c(); c(5)
            print(c(), c.__name__)
            def loud(fn):
                @functools.wraps(fn)
                def wrapper(*args, **kwargs):
                    print("calling", fn.__name__, args)
                    return fn(*args, **kwargs)
                return wrapper
            @loud
            def add(x, y):
                return x + y
            print(add(2, 3), add.__name__)
            print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.partial(add, 10)(5))
            """
        ) { src in
            let g = src.globals()
            g.functools = try py_import("functools")
            g.counter = def("counter", []) { _ in
                let total = PyCell(0, name: "total")
                let bump = def("bump", ["n="], defaults: [1]) { a in
                    total.value = try total.value + a[0]
                    return try total.value
                }
                return bump
            }
            g.c = try g.counter()
            try g.c()
            try g.c(5)
            try py.print(g.c(), g.c.__name__)
            g.loud = def("loud", ["fn"]) { a in
                let fn = a[0]
                let wrapper = try g.functools.wraps(fn)(
                    def("wrapper", ["*args", "**kwargs"]) { b in
                        try py.print("calling", fn.__name__, b[0])
                        return try fn.call(PyStar(b[0]), kwargs: PyStarStar(b[1]))
                    })
                return wrapper
            }
            g.add = try g.loud(def("add", ["x", "y"]) { a in try a[0] + a[1] })
            try py.print(g.add(2, 3), g.add.__name__)
            try py.print(
                g.functools.reduce(def("<lambda>", ["a", "b"]) { a in try a[0] * a[1] }, [1, 2, 3, 4]),
                g.functools.partial(g.add, 10)(5))
        }
    }
}
