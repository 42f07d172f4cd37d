import Testing
import Threading

/// Values, operators, str/repr, containers and their methods print what python3 prints for the same Python.
@Suite(.enabled(if: python3IsInstalled())) struct PyValuesTests {
    @Test func numbersAndStringsPrintAsCPython() throws {
        try expectSameAsCPython(
            """
            print(1, 2.5, "a", True, None, 10 / 4, 7 // 2, -7 // 2, -7 % 3, 2 ** 10, 1e16, 0.1 + 0.2)
            print(repr("it's"), repr('say "hi"'), str(3.0), int("42") + 1, float("1.5"), 3 * "ab")
            print(1 == 1.0, 1 < 2 < 3, "a" < "b", [1, 2] < [1, 3], (1, "x") == (1, "x"), 5 != 5)
            """
        ) { src in
            let _ = src.globals()
            try py.print(
                1, 2.5, "a", true, PyObject.None, PyObject(10) / 4, floorDiv(7, 2), floorDiv(-7, 2), PyObject(-7) % 3,
                PyObject(2) ** 10, 1e16, PyObject(0.1) + 0.2)
            try py.print(
                py.repr("it's"), py.repr("say \"hi\""), py.str(3.0), py.int("42") + 1, py.float("1.5"),
                PyObject(3) * "ab")
            let chained = try PyObject(1) < 2
            try py.print(
                PyObject(1) == 1.0, try chained.isTrue ? PyObject(2) < 3 : chained, PyObject("a") < "b",
                PyObject.list([1, 2]) < PyObject.list([1, 3]), PyObject.tuple([1, "x"]) == PyObject.tuple([1, "x"]),
                PyObject(5) != 5)
        }
    }

    @Test func containersAndTheirMethods() throws {
        try expectSameAsCPython(
            """
            xs = [3, 1, 2]
            xs.append(5)
            xs.sort()
            print(xs, len(xs), xs[0], xs[-1], xs[1:3], 2 in xs, xs.pop(), xs)
            d = {"b": 1, "a": 2}
            d["c"] = 3
            print(d, d.get("z"), d.get("a"), list(d.keys()), d.items(), sorted(d), "a" in d)
            t = (1, "two", 3.0)
            print(t, t[1], len(t), (1,), ())
            s = {3, 1, 2}
            s.add(2)
            print(s, len(s), 1 in s, set())
            print(", ".join(["a", "b"]), "a,b,,c".split(","), "  x y  ".split(), "Hi".upper(), "abc".replace("b", "B"))
            print(list(range(5)), list(range(1, 10, 3)), sum([1, 2, 3]), min(4, 2, 8), max([1, 7, 3]), sorted([3, 1, 2], reverse=True))
            print(list(enumerate("ab")), list(zip([1, 2], "xy")), [x * x for x in range(4)], any([0, 1]), all([]))
            """
        ) { src in
            let g = src.globals()
            g.xs = [3, 1, 2]
            _ = try g.xs.append(5)
            _ = try g.xs.sort()
            try py.print(
                g.xs, py.len(g.xs), g.xs[0], g.xs[-1], g.xs.getItem(.slice(1, 3)), contains(g.xs, 2),
                g.xs.pop(), g.xs)
            g.d = try PyObject.dict([("b", 1), ("a", 2)])
            try g.d.setItem("c", 3)
            try py.print(
                g.d, g.d.get("z"), g.d.get("a"), py.list(g.d.keys()), g.d.items(), py.sorted(g.d), contains(g.d, "a"))
            g.t = PyObject.tuple([1, "two", 3.0])
            try py.print(g.t, g.t[1], py.len(g.t), PyObject.tuple([1]), PyObject.tuple([]))
            g.s = try PyObject.set([3, 1, 2])
            _ = try g.s.add(2)
            try py.print(g.s, py.len(g.s), contains(g.s, 1), py.set())
            try py.print(
                PyObject(", ").join(["a", "b"]), PyObject("a,b,,c").split(","), PyObject("  x y  ").split(),
                PyObject("Hi").upper(), PyObject("abc").replace("b", "B"))
            try py.print(
                py.list(py.range(5)), py.list(py.range(1, 10, 3)), py.sum([1, 2, 3]), py.min(4, 2, 8),
                py.max([1, 7, 3]),
                py.sorted([3, 1, 2], reverse: true))
            var squares: PyObject = []
            let it = try py.range(4).iterator()
            while let x = try it.nextItem() { _ = try squares.append(x * x) }
            squares = squares
            try py.print(
                py.list(py.enumerate("ab")), py.list(py.zip([1, 2], "xy")), squares, py.any([0, 1]), py.all([]))
        }
    }

    @Test func formattingWithPercentFormatAndFStrings() throws {
        try expectSameAsCPython(
            """
            name, n, x = "worker", 3, 2.0 / 3
            print("%s has %d items (%.2f) %r %5d|%-6s|%05.1f %x %%" % (name, n, x, name, n, name, x, 255))
            print("{} {:>8} {:<4}| {:.3f} {:,} {!r}".format(name, n, n, x, 1234567, name), "{0}{1}{0}".format("a", "b"))
            print(f"{name}: {n:03d} {x:.1%} {x!r} {n * 2}")
            print("%(a)s-%(b)s" % {"a": 1, "b": 2}, format(3.14159, ".2f"), format(42, "x"), round(2.675, 2), round(0.5), round(1.5))
            """
        ) { src in
            let g = src.globals()
            let values = try PyObject.tuple(["worker", 3, PyObject(2.0) / 3]).unpack(3)
            g.name = values[0]
            g.n = values[1]
            g.x = values[2]
            try py.print(
                PyObject("%s has %d items (%.2f) %r %5d|%-6s|%05.1f %x %%")
                    % PyObject.tuple([g.name, g.n, g.x, g.name, g.n, g.name, g.x, 255]))
            try py.print(
                PyObject("{} {:>8} {:<4}| {:.3f} {:,} {!r}").format(g.name, g.n, g.n, g.x, 1234567, g.name),
                PyObject("{0}{1}{0}").format("a", "b"))
            try py.print(try PyObject("\(g.name): \(g.n, format: "03d") \(g.x, format: ".1%") \(repr: g.x) \(g.n * 2)"))
            try py.print(
                PyObject("%(a)s-%(b)s") % PyObject.dict([("a", 1), ("b", 2)]), py.format(3.14159, ".2f"),
                py.format(42, "x"),
                py.round(2.675, 2), py.round(0.5), py.round(1.5))
        }
    }

    @Test func errorsCarryCPythonsTypesAndMessages() throws {
        try expectSameAsCPython(
            """
            def attempt(f):
                try:
                    f()
                except Exception as e:
                    print(type(e).__name__, e)
            attempt(lambda: 1 + "a")
            attempt(lambda: "a" + 1)
            attempt(lambda: [1][5])
            attempt(lambda: {}["k"])
            attempt(lambda: 1 / 0)
            attempt(lambda: 1 // 0)
            attempt(lambda: int("x"))
            attempt(lambda: None.foo)
            attempt(lambda: undefined_name)
            attempt(lambda: [].pop())
            attempt(lambda: len(5))
            attempt(lambda: 3 < "a")
            attempt(lambda: {[1]: 2})
            attempt(lambda: (1, 2).append(3))
            attempt(lambda: int.foo)
            """
        ) { src in
            let g = src.globals()
            g.attempt = def("attempt", ["f"]) { a in
                do {
                    _ = try a[0]()
                } catch let e as PyError where e.matches(py.Exception) {
                    try py.print(py.type(e.value).__name__, e.value)
                }
                return .None
            }
            let cases: [() throws -> PyObject] = [
                { try PyObject(1) + "a" }, { try PyObject("a") + 1 }, { try PyObject.list([1])[5] },
                { try PyObject.dict([])["k"] }, { try PyObject(1) / 0 }, { try floorDiv(1, 0) }, { try py.int("x") },
                { try PyObject.None.foo }, { try g.undefined_name }, { try PyObject.list([]).pop() }, { try py.len(5) },
                { try PyObject(3) < "a" }, { try PyObject.dict([(PyObject.list([1]), 2)]) },
                { try PyObject.tuple([1, 2]).append(3) }, { try py.int.foo },
            ]
            for body in cases {
                try g.attempt(def("<lambda>", []) { _ in try body() })
            }
        }
    }
}
