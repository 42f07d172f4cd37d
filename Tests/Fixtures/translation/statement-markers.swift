import Threading

let pythonLines: [Int: String] = [3: "# corpus: errors an attribute assignment or a finally raises, caught by callers whose markers cannot raise", 4: "class Frozen:", 5: "    @property", 6: "    def value(self):", 7: "        return 1", 10: "def freeze(box):", 11: "    box.value = 2", 12: "    print(\"not reached\")", 15: "def tidy():", 16: "    try:", 17: "        print(\"body\")", 18: "    finally:", 19: "        raise ValueError(\"from finally\")", 20: "    print(\"not reached either\")", 23: "def plain(at, atLine):", 24: "    return at + atLine", 27: "try:", 28: "    freeze(Frozen())", 29: "except AttributeError as error:", 30: "    print(\"AttributeError:\", error)", 31: "try:", 32: "    tidy()", 33: "except ValueError as error:", 34: "    print(\"ValueError:\", error)", 35: "at = 1", 36: "print(plain(at, 2))"]
let g = PyGlobals(file: "content/corpus.md", source: pythonLines)
// corpus: errors an attribute assignment or a finally raises, caught by callers whose markers cannot raise
atLine(4); let Frozen = try pyclass("Frozen", bases: []) { Frozen in
    try at(6); Frozen.value = try g.property(def("value", ["self"]) { arguments in
        let `self` = arguments[0]
        atLine(7); return 1
    })
}
atLine(10); let freeze = def("freeze", ["box"]) { arguments in
    let box = arguments[0]
    try at(11); box.value = 2
    try at(12); try py.print("not reached")
    return PyObject.None
}
atLine(15); let tidy = def("tidy", []) { _ in
    try at(16); do {
        defer {
            do {
                try at(19); throw try PyError(py.ValueError("from finally"))
            } catch { PyError.dropped(error) }
        }
        try at(17); try py.print("body")
    }
    try at(20); try py.print("not reached either")
    return PyObject.None
}
atLine(23); let plain = def("plain", ["at", "atLine"]) { arguments in
    let at_ = arguments[0]
    let atLine_ = arguments[1]
    atLine(24); return try at_ + atLine_
}
atLine(27); do {
    atLine(28); try freeze(Frozen())
} catch let raised as PyError {
    if raised.matches(py.AttributeError) {
        let error = raised.value
        atLine(30); try py.print("AttributeError:", error)
    } else {
        throw raised
    }
}
atLine(31); do {
    atLine(32); try tidy()
} catch let raised as PyError {
    if raised.matches(py.ValueError) {
        let error = raised.value
        atLine(34); try py.print("ValueError:", error)
    } else {
        throw raised
    }
}
atLine(35); let at_: PyObject = 1
atLine(36); try py.print(plain(at_, 2))
