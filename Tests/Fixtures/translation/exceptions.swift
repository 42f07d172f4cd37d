import Threading

let pythonLines: [Int: String] = [3: "class AppError(Exception):", 4: "    pass", 7: "def check(value):", 8: "    if value < 0:", 9: "        raise AppError(f\"negative: {value}\")", 10: "    return value", 13: "for value in [1, -2]:", 14: "    try:", 15: "        print(\"checked\", check(value))", 16: "    except AppError as error:", 17: "        print(\"caught\", error)", 18: "    finally:", 19: "        print(\"done with\", value)", 21: "try:", 22: "    {}[\"missing\"]", 23: "except (KeyError, IndexError) as e:", 24: "    print(\"lookup failed:\", repr(e))", 26: "try:", 27: "    raise ValueError(\"bad\")", 28: "except Exception:", 29: "    print(\"anything\")"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
try at(3); let AppError = try pyclass("AppError", bases: [py.Exception]) { AppError in
    // pass
}
try at(7); let check = def("check", ["value"]) { arguments in
    let value = arguments[0]
    atLine(8); if try (value < 0).isTrue {
        atLine(9); throw try PyError(AppError(PyObject.fstring(["negative: ", value])))
    }
    atLine(10); return value
}
try at(13); let valueIterator = try PyObject.list([1, -2]).iterator()
while let value = try valueIterator.nextItem() {
    try at(14); do {
        defer {
            do {
                try at(19); try py.print("done with", value)
            } catch { PyError.dropped(error) }
        }
        do {
            try at(15); try py.print("checked", check(value))
        } catch let raised as PyError {
            if raised.matches(AppError) {
                let error = raised.value
                try at(17); try py.print("caught", error)
            } else {
                throw raised
            }
        }
    }
}
try at(21); do {
    try at(22); _ = try PyObject.dict([])["missing"]
} catch let raised as PyError {
    if raised.matches(PyObject.tuple([py.KeyError, py.IndexError])) {
        let e = raised.value
        try at(24); try py.print("lookup failed:", py.repr(e))
    } else {
        throw raised
    }
}
try at(26); do {
    try at(27); throw try PyError(py.ValueError("bad"))
} catch let raised as PyError {
    if raised.matches(py.Exception) {
        try at(29); try py.print("anything")
    } else {
        throw raised
    }
}
