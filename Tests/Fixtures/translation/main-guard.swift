import Threading

let pythonLines: [Int: String] = [3: "import logging", 4: "import sys", 6: "total = 0", 9: "def add(n):", 10: "    global total", 11: "    total += n", 12: "    return total", 15: "def main():", 16: "    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format=\"%(levelname)s:%(threadName)s:%(message)s\")", 17: "    logging.info(\"adding %d and %d\", 2, 3)", 18: "    add(2)", 19: "    add(3)", 20: "    logging.debug(\"not shown\")", 21: "    logging.warning(\"total is %s\", total)", 22: "    sys.stdout.write(\"written directly\\n\")", 23: "    print(\"to stdout\", file=sys.stdout)", 24: "    print(__name__)", 27: "if __name__ == \"__main__\":", 28: "    main()"]
let g = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let logging = try py_import("logging")
atLine(4); let sys = try py_import("sys")
atLine(6); g.total = 0
atLine(9); let add = def("add", ["n"]) { arguments in
    let n = arguments[0]
    // global total
    atLine(11); g.total = try g.total.inplaceAdd(n)
    atLine(12); return try g.total
}
atLine(15); let main = def("main", []) { _ in
    atLine(16); try logging.basicConfig(stream: sys.stdout, level: logging.INFO, format: "%(levelname)s:%(threadName)s:%(message)s")
    atLine(17); try logging.callMethod("info", "adding %d and %d", 2, 3)
    atLine(18); try add(2)
    atLine(19); try add(3)
    atLine(20); try logging.callMethod("debug", "not shown")
    atLine(21); try logging.method.warning("total is %s", g.total)
    atLine(22); try sys.stdout.callMethod("write", "written directly\n")
    atLine(23); try py.print("to stdout", file: sys.stdout)
    atLine(24); try py.print(g.__name__)
    return PyObject.None
}
// if __name__ == "__main__":
atLine(28); try main()
