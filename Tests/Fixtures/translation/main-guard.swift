import Threading

let pythonLines: [Int: String] = [3: "import logging", 4: "import sys", 6: "total = 0", 9: "def add(n):", 10: "    global total", 11: "    total += n", 12: "    return total", 15: "def main():", 16: "    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format=\"%(levelname)s:%(threadName)s:%(message)s\")", 17: "    logging.info(\"adding %d and %d\", 2, 3)", 18: "    add(2)", 19: "    add(3)", 20: "    logging.debug(\"not shown\")", 21: "    logging.warning(\"total is %s\", total)", 22: "    sys.stdout.write(\"written directly\\n\")", 23: "    print(\"to stdout\", file=sys.stdout)", 24: "    print(__name__)", 27: "if __name__ == \"__main__\":", 28: "    main()"]
let g = PyGlobals(file: "content/corpus.md", source: pythonLines)
try at(3); let logging = try py_import("logging")
try at(4); let sys = try py_import("sys")
try at(6); g.total = 0
try at(9); let add = def("add", ["n"]) { arguments in
    let n = arguments[0]
    // global total
    try at(11); g.total = try g.total.inplaceAdd(n)
    try at(12); return try g.total
}
try at(15); let main = def("main", []) { _ in
    try at(16); try logging.basicConfig(stream: sys.stdout, level: logging.INFO, format: "%(levelname)s:%(threadName)s:%(message)s")
    try at(17); try logging.info("adding %d and %d", 2, 3)
    try at(18); try add(2)
    try at(19); try add(3)
    try at(20); try logging.debug("not shown")
    try at(21); try logging.warning("total is %s", g.total)
    try at(22); try sys.stdout.write("written directly\n")
    try at(23); try py.print("to stdout", file: sys.stdout)
    try at(24); try py.print(g.__name__)
    return PyObject.None
}
// if __name__ == "__main__":
try at(28); try main()
