import Threading

let pythonLines: [Int: String] = [3: "import threading", 5: "local = threading.local()", 8: "def show(value):", 9: "    try:", 10: "        local.value = int(value)", 11: "    except ValueError as error:", 12: "        print(\"not a number:\", error)", 13: "    else:", 14: "        print(\"stored\", local.value)", 15: "    finally:", 16: "        print(\"checked\", repr(value))", 19: "for value in [\"7\", \"seven\"]:", 20: "    show(value)", 21: "print(0 or \"default\", 3 and 4, None or 0)"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let threading = try py_import("threading")
atLine(5); let local = try threading.callMethod("local")
atLine(8); let show = def("show", ["value"]) { arguments in
    let value = arguments[0]
    try at(9); var succeeded = false
    do {
        defer {
            do {
                try at(16); try py.print("checked", py.repr(value))
            } catch { PyError.dropped(error) }
        }
        do {
            try at(10); try local.value = py.int(value)
            succeeded = true
        } catch let raised as PyError {
            if raised.matches(py.ValueError) {
                let error = raised.value
                try at(12); try py.print("not a number:", error)
            } else {
                throw raised
            }
        }
        if succeeded {
            try at(14); try py.print("stored", local.value)
        }
    }
    return PyObject.None
}
atLine(19); let valueIterator = try PyObject.list(["7", "seven"]).iterator()
while let value = try valueIterator.nextItem() {
    atLine(20); try show(value)
}
atLine(21); try py.print(pyOr(0, "default"), pyAnd(3, 4), pyOr(PyObject.None, 0))
