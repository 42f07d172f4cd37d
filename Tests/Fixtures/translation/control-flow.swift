import Threading

let pythonLines: [Int: String] = [3: "total = 0", 4: "i = 0", 5: "while True:", 6: "    i += 1", 7: "    if i % 2 == 0:", 8: "        continue", 9: "    elif i > 9:", 10: "        break", 11: "    else:", 12: "        total += i", 13: "print(\"total\", total, \"i\", i)", 14: "for k, v in {\"a\": 1, \"b\": 2}.items():", 15: "    print(k, v)", 16: "print([x * 2 for x in range(5) if x != 3])", 17: "print({x: x * x for x in range(3)})", 18: "print(1 if total > 10 else 0, not total, total and i, 0 or \"default\")", 19: "print(3 in [1, 2, 3], 4 not in (1, 2), None is None)", 20: "print(7 // 2, 7 % 3, 2 ** 10, -7 // 2, 7 / 2)"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); var total: PyObject = 0
atLine(4); var i: PyObject = 0
atLine(5); while true {
    atLine(6); i = try i + 1
    atLine(7); if try ((i % 2) == 0).isTrue {
        atLine(8); continue
    } else if try (i > 9).isTrue {
        atLine(10); break
    } else {
        atLine(12); total = try total.inplaceAdd(i)
    }
}
atLine(13); try py.print("total", total, "i", i)
atLine(14); let iterator = try PyObject.dict([("a", 1), ("b", 2)]).callMethod("items").iterator()
while let item = try iterator.nextItem() {
    let values = try item.unpack(2)
    let k = values[0]
    let v = values[1]
    atLine(15); try py.print(k, v)
}
atLine(16); try py.print(PyObject.list(PyStar(py.range(5)).filter { x in try (x != 3).isTrue }.map { x in try x * 2 }))
atLine(17); try py.print(PyObject.dict(PyStar(py.range(3)).map { x in try (x, x * x) }))
atLine(18); try py.print(((total > 10).isTrue ? 1 : 0), PyObject(!(total.isTrue)), pyAnd(total, i), pyOr(0, "default"))
atLine(19); try py.print(contains(PyObject.list([1, 2, 3]), 3), PyObject(!contains(PyObject.tuple([1, 2]), 4).isTrue), PyObject(PyObject.None.is(PyObject.None)))
atLine(20); try py.print(floorDiv(7, 2), 7 % PyObject(3), pow(2, 10), floorDiv((-7), 2), 7 / PyObject(2))
