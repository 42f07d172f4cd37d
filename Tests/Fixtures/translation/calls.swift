import Threading

let pythonLines: [Int: String] = [3: "def describe(first, *args, sep=\"/\", **kwargs):", 4: "    return f\"{first} {args} {sep} {sorted(kwargs.items())}\"", 7: "def append_to(item, bucket=[]):", 8: "    bucket.append(item)", 9: "    return bucket", 12: "def only_keywords(*, a, b=2):", 13: "    return a + b", 16: "numbers = [1, 2, 3]", 17: "options = {\"x\": 1, \"y\": 2}", 18: "print(describe(*numbers, **options))", 19: "print(describe(\"a\", sep=\"-\"), describe(first=\"only\"))", 20: "print(append_to(1), append_to(2), only_keywords(a=1), only_keywords(b=5, a=1))", 21: "print(max(numbers, key=lambda n: -n), sorted([\"bb\", \"a\", \"ccc\"], key=len), list(map(str, numbers)))", 22: "print(list(filter(None, [0, 1, \"\", \"x\"])), (lambda *a, **k: (a, k))(1, z=2))", 23: "try:", 24: "    only_keywords(1)", 25: "except TypeError as error:", 26: "    print(\"TypeError:\", error)", 27: "try:", 28: "    describe()", 29: "except TypeError as error:", 30: "    print(\"TypeError:\", error)"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let describe = def("describe", ["first", "*args", "sep=", "**kwargs"], defaults: ["/"]) { arguments in
    let first = arguments[0]
    let args = arguments[1]
    let sep = arguments[2]
    let kwargs = arguments[3]
    atLine(4); return try PyObject.fstring([first, " ", args, " ", sep, " ", py.sorted(kwargs.callMethod("items"))])
}
atLine(7); let append_to = def("append_to", ["item", "bucket="], defaults: [PyObject.list([])]) { arguments in
    let item = arguments[0]
    let bucket = arguments[1]
    atLine(8); try bucket.callMethod("append", item)
    atLine(9); return bucket
}
atLine(12); let only_keywords = def("only_keywords", ["*", "a", "b="], defaults: [2]) { arguments in
    let a = arguments[0]
    let b = arguments[1]
    atLine(13); return try a + b
}
atLine(16); let numbers = PyObject.list([1, 2, 3])
atLine(17); let options = try PyObject.dict([("x", 1), ("y", 2)])
atLine(18); try py.print(describe.call(PyStar(numbers), kwargs: PyStarStar(options)))
atLine(19); try py.print(describe("a", sep: "-"), describe(first: "only"))
atLine(20); try py.print(append_to(1), append_to(2), only_keywords(a: 1), only_keywords(b: 5, a: 1))
atLine(21); try py.print(py.max(numbers, key: def("<lambda>", ["n"]) { arguments in let n = arguments[0]; return try -n }), py.sorted(PyObject.list(["bb", "a", "ccc"]), key: py.len), py.list(py.map(py.str, numbers)))
atLine(22); try py.print(py.list(py.filter(PyObject.None, PyObject.list([0, 1, "", "x"]))), (def("<lambda>", ["*a", "**k"]) { arguments in let a = arguments[0]; let k = arguments[1]; return PyObject.tuple([a, k]) })(1, z: 2))
atLine(23); do {
    atLine(24); try only_keywords(1)
} catch let raised as PyError {
    if raised.matches(py.TypeError) {
        let error = raised.value
        atLine(26); try py.print("TypeError:", error)
    } else {
        throw raised
    }
}
atLine(27); do {
    atLine(28); try describe()
} catch let raised as PyError {
    if raised.matches(py.TypeError) {
        let error = raised.value
        atLine(30); try py.print("TypeError:", error)
    } else {
        throw raised
    }
}
