import Threading

let pythonLines: [Int: String] = [3: "SENTINEL = object()", 4: "NOTHING = object()", 7: "def find(items, wanted, default=SENTINEL):", 8: "    for item in items:", 9: "        if item == wanted:", 10: "            return item", 11: "    return default", 14: "result = find([1, 2], 5)", 15: "print(result is SENTINEL, result is not NOTHING, SENTINEL is NOTHING, SENTINEL == SENTINEL)", 16: "print(id(SENTINEL) == id(SENTINEL), id(SENTINEL) != id(NOTHING))", 17: "a = [1, 2]", 18: "b = a", 19: "c = [1, 2]", 20: "print(a is b, a is c, a == c, a is not c)", 21: "print(1 < 2 < 3, 3 > 2 >= 2 == 2, 1 < 3 < 2, \"a\" < \"b\", [1, 2] < [1, 3], (1, \"z\") < (2, \"a\"))", 22: "print(isinstance(3, int), isinstance(3.0, (int, float)), isinstance(\"s\", int), type(3).__name__, type(\"\").__name__)", 23: "print(None is None, type(None).__name__, True + True, 1 == 1.0, 7 // -2, -7 % 3, abs(-2.5), round(2.675, 2))"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let SENTINEL = try py.object()
atLine(4); let NOTHING = try py.object()
atLine(7); let find = def("find", ["items", "wanted", "default="], defaults: [SENTINEL]) { arguments in
    let items = arguments[0]
    let wanted = arguments[1]
    let `default` = arguments[2]
    atLine(8); let itemIterator = try items.iterator()
    while let item = try itemIterator.nextItem() {
        atLine(9); if try (item == wanted).isTrue {
            atLine(10); return item
        }
    }
    atLine(11); return `default`
}
atLine(14); let result = try find(PyObject.list([1, 2]), 5)
atLine(15); try py.print(PyObject(result.is(SENTINEL)), PyObject(!result.is(NOTHING)), PyObject(SENTINEL.is(NOTHING)), SENTINEL == SENTINEL)
atLine(16); try py.print(py.id(SENTINEL) == py.id(SENTINEL), py.id(SENTINEL) != py.id(NOTHING))
atLine(17); let a = PyObject.list([1, 2])
atLine(18); let b = a
atLine(19); let c = PyObject.list([1, 2])
atLine(20); try py.print(PyObject(a.is(b)), PyObject(a.is(c)), a == c, PyObject(!a.is(c)))
atLine(21); try py.print(chainedComparison(1, ("<", { 2 }), ("<", { 3 })), chainedComparison(3, (">", { 2 }), (">=", { 2 }), ("==", { 2 })), chainedComparison(1, ("<", { 3 }), ("<", { 2 })), "a" < "b", PyObject.list([1, 2]) < PyObject.list([1, 3]), PyObject.tuple([1, "z"]) < PyObject.tuple([2, "a"]))
atLine(22); try py.print(py.isinstance(3, py.int), py.isinstance(3.0, PyObject.tuple([py.int, py.float])), py.isinstance("s", py.int), py.type(3).__name__, py.type("").__name__)
atLine(23); try py.print(PyObject(PyObject.None.is(PyObject.None)), py.type(PyObject.None).__name__, true + PyObject(true), 1 == 1.0, floorDiv(7, (-2)), (-7) % PyObject(3), py.abs(-2.5), py.round(2.675, 2))
