import Threading

let pythonLines: [Int: String] = [3: "class ConfigError(Exception):", 4: "    def __init__(self, key, reason):", 5: "        super().__init__(f\"{key}: {reason}\")", 6: "        self.key = key", 9: "class MissingKey(ConfigError):", 10: "    pass", 13: "def load(config, key):", 14: "    try:", 15: "        return config[key]", 16: "    except KeyError as error:", 17: "        raise MissingKey(key, \"missing\") from error", 20: "def retry():", 21: "    try:", 22: "        load({}, \"port\")", 23: "    except ConfigError:", 24: "        print(\"retrying once\")", 25: "        raise", 28: "try:", 29: "    retry()", 30: "except MissingKey as error:", 31: "    print(type(error).__name__, error, error.key, repr(error.__cause__), error.args)", 33: "for n in [3, 4]:", 34: "    for d in range(2, n):", 35: "        if n % d == 0:", 36: "            print(n, \"is not prime\")", 37: "            break", 38: "    else:", 39: "        print(n, \"is prime\")", 41: "count = 0", 42: "while count < 2:", 43: "    count += 1", 44: "else:", 45: "    print(\"while ended\", count)", 47: "try:", 48: "    try:", 49: "        1 / 0", 50: "    finally:", 51: "        print(\"inner finally\")", 52: "except ZeroDivisionError as error:", 53: "    print(\"caught\", error)", 55: "try:", 56: "    int(\"x\")", 57: "except (TypeError, ValueError) as error:", 58: "    print(repr(error))", 60: "try:", 61: "    [][1]", 62: "except IndexError as error:", 63: "    print(\"IndexError:\", error)"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
try at(3); let ConfigError = try pyclass("ConfigError", bases: [py.Exception]) { ConfigError in
    try at(4); ConfigError.__init__ = def("__init__", ["self", "key", "reason"]) { arguments in
        let `self` = arguments[0]
        let key = arguments[1]
        let reason = arguments[2]
        try at(5); try py.super(ConfigError, `self`).method.__init__(PyObject.fstring([key, ": ", reason]))
        try at(6); `self`.key = key
        return PyObject.None
    }
}
try at(9); let MissingKey = try pyclass("MissingKey", bases: [ConfigError]) { MissingKey in
    // pass
}
try at(13); let load = def("load", ["config", "key"]) { arguments in
    let config = arguments[0]
    let key = arguments[1]
    atLine(14); do {
        atLine(15); return try config[key]
    } catch let raised as PyError {
        if raised.matches(py.KeyError) {
            let error = raised.value
            atLine(17); throw try PyError(MissingKey(key, "missing"), cause: error)
        } else {
            throw raised
        }
    }
    return PyObject.None
}
try at(20); let retry = def("retry", []) { _ in
    atLine(21); do {
        atLine(22); try load(PyObject.dict([]), "port")
    } catch let raised as PyError {
        if raised.matches(ConfigError) {
            atLine(24); try py.print("retrying once")
            atLine(25); throw raised
        } else {
            throw raised
        }
    }
    return PyObject.None
}
try at(28); do {
    try at(29); try retry()
} catch let raised as PyError {
    if raised.matches(MissingKey) {
        let error = raised.value
        try at(31); try py.print(py.type(error).__name__, error, error.key, py.repr(error.__cause__), error.args)
    } else {
        throw raised
    }
}
try at(33); let nIterator = try PyObject.list([3, 4]).iterator()
while let n = try nIterator.nextItem() {
    loop: do {  // for … else
        try at(34); let dIterator = try py.range(2, n).iterator()
        while let d = try dIterator.nextItem() {
            try at(35); if try ((n % d) == 0).isTrue {
                try at(36); try py.print(n, "is not prime")
                try at(37); break loop
            }
        }
        try at(39); try py.print(n, "is prime")
    }
}
try at(41); var count: PyObject = 0
loop2: do {  // while … else
    try at(42); while try (count < 2).isTrue {
        try at(43); count = try count + 1
    }
    try at(45); try py.print("while ended", count)
}
try at(47); do {
    try at(48); do {
        defer {
            do {
                try at(51); try py.print("inner finally")
            } catch { PyError.dropped(error) }
        }
        try at(49); _ = try 1 / PyObject(0)
    }
} catch let raised as PyError {
    if raised.matches(py.ZeroDivisionError) {
        let error = raised.value
        try at(53); try py.print("caught", error)
    } else {
        throw raised
    }
}
try at(55); do {
    try at(56); try py.int("x")
} catch let raised as PyError {
    if raised.matches(PyObject.tuple([py.TypeError, py.ValueError])) {
        let error = raised.value
        try at(58); try py.print(py.repr(error))
    } else {
        throw raised
    }
}
try at(60); do {
    try at(61); _ = try PyObject.list([])[1]
} catch let raised as PyError {
    if raised.matches(py.IndexError) {
        let error = raised.value
        try at(63); try py.print("IndexError:", error)
    } else {
        throw raised
    }
}
