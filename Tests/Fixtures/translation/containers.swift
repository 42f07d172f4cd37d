import Threading

let pythonLines: [Int: String] = [3: "items = [3, 1, 2]", 4: "items.append(5)", 5: "items.extend([4, 0])", 6: "items.insert(1, 9)", 7: "print(items, items.pop(), items.pop(0), items.index(2), len(items))", 8: "items.remove(9)", 9: "items.sort()", 10: "print(items, sorted(items, reverse=True), items[1:3], items[-2:], items[::2])", 11: "items.reverse()", 12: "del items[0]", 13: "print(items, min(items), max(items), sum(items), list(reversed(items)))", 14: "pairs = list(zip(\"abc\", range(3)))", 15: "print(pairs, list(enumerate(\"xy\", start=1)), dict(pairs))", 16: "first, *rest = [1, 2, 3, 4]", 17: "*init, last = \"xyz\"", 18: "head, *middle, tail = range(2)", 19: "a, b = 1, 2", 20: "a, b = b, a", 21: "print(first, rest, a, b, init, last, head, middle, tail)", 22: "point = (1, 2)", 23: "x, y = point", 24: "print(point, x + y, point * 2, point + (3,), len(point), point[0], (1,), ())", 25: "ages = {\"ann\": 30, \"bob\": 25}", 26: "ages[\"cy\"] = 35", 27: "ages.update({\"dee\": 40})", 28: "print(ages, ages.get(\"zed\"), ages.get(\"zed\", 0), ages.setdefault(\"ann\", 1), ages.pop(\"bob\"), \"cy\" in ages)", 29: "print(list(ages.keys()), list(ages.values()), sorted(ages.items(), key=lambda kv: kv[1]))", 30: "seen = {1, 2, 3}", 31: "seen.add(4)", 32: "seen.discard(1)", 33: "print(sorted(seen), sorted(seen | {9}), sorted(seen & {2, 3, 7}), sorted(seen - {2}), 3 in seen, len(seen))", 34: "print(bool([]), bool([0]), bool({}), bool(\"\"), bool(\"0\"), bool(0.0), bool(None), bool(set()), bool(()))", 35: "matrix = [[r * 3 + c for c in range(3)] for r in range(3)]", 36: "print(matrix, [row[1] for row in matrix], {n % 3 for n in range(10)}, list(range(10, 0, -3)))", 37: "print(any(n > 7 for n in range(9)), all(n < 3 for n in range(3)), [n for n in range(20) if n % 7 == 0])"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let items = PyObject.list([3, 1, 2])
atLine(4); try items.callMethod("append", 5)
atLine(5); try items.method.extend(PyObject.list([4, 0]))
atLine(6); try items.callMethod("insert", 1, 9)
atLine(7); try py.print(items, items.callMethod("pop"), items.callMethod("pop", 0), items.callMethod("index", 2), py.len(items))
atLine(8); try items.callMethod("remove", 9)
atLine(9); try items.callMethod("sort")
atLine(10); try py.print(items, py.sorted(items, reverse: true), items[PyObject.slice(1, 3, PyObject.None)], items[PyObject.slice(-2, PyObject.None, PyObject.None)], items[PyObject.slice(PyObject.None, PyObject.None, 2)])
atLine(11); try items.callMethod("reverse")
atLine(12); try items.delItem(0)
atLine(13); try py.print(items, py.min(items), py.max(items), py.sum(items), py.list(py.reversed(items)))
atLine(14); let pairs = try py.list(py.zip("abc", py.range(3)))
atLine(15); try py.print(pairs, py.list(py.enumerate("xy", start: 1)), py.dict(pairs))
atLine(16); let values = try PyObject.list([1, 2, 3, 4]).unpack(before: 1, after: 0)
atLine(16); let first = values[0]
atLine(16); let rest = values[1]
atLine(17); let values2 = try PyObject("xyz").unpack(before: 0, after: 1)
atLine(17); let `init` = values2[0]
atLine(17); let last = values2[1]
atLine(18); let values3 = try py.range(2).unpack(before: 1, after: 1)
atLine(18); let head = values3[0]
atLine(18); let middle = values3[1]
atLine(18); let tail = values3[2]
atLine(19); let values4 = try PyObject.tuple([1, 2]).unpack(2)
atLine(19); var a = values4[0]
atLine(19); var b = values4[1]
atLine(20); let values5 = try PyObject.tuple([b, a]).unpack(2)
atLine(20); a = values5[0]
atLine(20); b = values5[1]
atLine(21); try py.print(first, rest, a, b, `init`, last, head, middle, tail)
atLine(22); let point = PyObject.tuple([1, 2])
atLine(23); let values6 = try point.unpack(2)
atLine(23); let x = values6[0]
atLine(23); let y = values6[1]
atLine(24); try py.print(point, x + y, point * 2, point + PyObject.tuple([3]), py.len(point), point[0], PyObject.tuple([1]), PyObject.tuple([]))
atLine(25); let ages = try PyObject.dict([("ann", 30), ("bob", 25)])
atLine(26); try ages.setItem("cy", 35)
atLine(27); try ages.method.update(PyObject.dict([("dee", 40)]))
atLine(28); try py.print(ages, ages.callMethod("get", "zed"), ages.callMethod("get", "zed", 0), ages.callMethod("setdefault", "ann", 1), ages.callMethod("pop", "bob"), contains(ages, "cy"))
atLine(29); try py.print(py.list(ages.callMethod("keys")), py.list(ages.callMethod("values")), py.sorted(ages.callMethod("items"), key: def("<lambda>", ["kv"]) { arguments in let kv = arguments[0]; return try kv[1] }))
atLine(30); let seen = try PyObject.set([1, 2, 3])
atLine(31); try seen.callMethod("add", 4)
atLine(32); try seen.callMethod("discard", 1)
atLine(33); try py.print(py.sorted(seen), py.sorted(seen | PyObject.set([9])), py.sorted(seen & PyObject.set([2, 3, 7])), py.sorted(seen - PyObject.set([2])), contains(seen, 3), py.len(seen))
atLine(34); try py.print(py.bool(PyObject.list([])), py.bool(PyObject.list([0])), py.bool(PyObject.dict([])), py.bool(""), py.bool("0"), py.bool(0.0), py.bool(PyObject.None), py.bool(py.set()), py.bool(PyObject.tuple([])))
atLine(35); let matrix = try PyObject.list(PyStar(py.range(3)).map { r in try PyObject.list(PyStar(py.range(3)).map { c in try r * 3 + c }) })
atLine(36); try py.print(matrix, PyObject.list(PyStar(matrix).map { row in try row[1] }), PyObject.set(PyStar(py.range(10)).map { n in try n % 3 }), py.list(py.range(10, 0, -3)))
atLine(37); try py.print(py.`any`(PyObject.list(PyStar(py.range(9)).map { n in try n > 7 })), py.all(PyObject.list(PyStar(py.range(3)).map { n in try n < 3 })), PyObject.list(PyStar(py.range(20)).filter { n in try ((n % 7) == 0).isTrue }))
