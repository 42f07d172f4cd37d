import Threading

let pythonLines: [Int: String] = [3: "# corpus: translation only (its lost updates vary from run to run under CPython)", 4: "import threading", 5: "import time", 7: "count = 0  # shared by the threads", 10: "def increment(times):", 11: "    global count", 12: "    for _ in range(times):", 13: "        value = count  # read", 14: "        time.sleep(0)", 15: "        count = value + 1  # write back", 18: "threads = [threading.Thread(target=increment, args=(25,)) for _ in range(4)]", 19: "for t in threads:", 20: "    t.start()", 21: "for t in threads:", 22: "    t.join()", 23: "print(\"expected 100, got\", count)", 24: "print(\"updates lost:\", count < 100)"]
let g = PyGlobals(file: "content/corpus.md", source: pythonLines)
// corpus: translation only (its lost updates vary from run to run under CPython)
atLine(4); let threading = try py_import("threading")
atLine(5); let time = try py_import("time")
atLine(7); g.count = 0  // shared by the threads
atLine(10); let increment = def("increment", ["times"]) { arguments in
    let times = arguments[0]
    // global count
    atLine(12); let iterator = try py.range(times).iterator()
    while let _ = try iterator.nextItem() {
        atLine(13); let value = try g.count  // read
        atLine(14); try time.callMethod("sleep", 0)
        atLine(15); g.count = try value + 1  // write back
    }
    return PyObject.None
}
atLine(18); let threads = try PyObject.list(PyStar(py.range(4)).map { _ in try threading.Thread(target: increment, args: PyObject.tuple([25])) })
atLine(19); let tIterator = try threads.iterator()
while let t = try tIterator.nextItem() {
    atLine(20); try t.callMethod("start")
}
atLine(21); let tIterator2 = try threads.iterator()
while let t = try tIterator2.nextItem() {
    atLine(22); try t.callMethod("join")
}
atLine(23); try py.print("expected 100, got", g.count)
atLine(24); try py.print("updates lost:", g.count < 100)
