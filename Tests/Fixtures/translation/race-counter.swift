import Threading

let g = PyGlobals(file: "content/corpus.md", source: [3: "import threading", 4: "import time", 6: "count = 0  # shared by the threads", 9: "def increment(times):", 10: "    global count", 11: "    for _ in range(times):", 12: "        value = count  # read", 13: "        time.sleep(0)", 14: "        count = value + 1  # write back", 17: "threads = [threading.Thread(target=increment, args=(25,)) for _ in range(4)]", 18: "for t in threads:", 19: "    t.start()", 20: "for t in threads:", 21: "    t.join()", 22: "print(\"expected 100, got\", count)", 23: "print(\"updates lost:\", count < 100)"])
try at(3); let threading = try py_import("threading")
try at(4); let time = try py_import("time")
try at(6); g.count = 0  // shared by the threads
try at(9); let increment = def("increment", ["times"]) { arguments in
    let times = arguments[0]
    // global count
    try at(11); let iterator = try py.range(times).iterator()
    while let _ = try iterator.nextItem() {
        try at(12); let value = try g.count  // read
        try at(13); try time.sleep(0)
        try at(14); g.count = try value + 1  // write back
    }
    return PyObject.None
}
try at(17); let threads = try PyObject.list(PyStar(py.range(4)).map { _ in try threading.Thread(target: increment, args: PyObject.tuple([25])) })
try at(18); let tIterator = try threads.iterator()
while let t = try tIterator.nextItem() {
    try at(19); try t.start()
}
try at(20); let tIterator2 = try threads.iterator()
while let t = try tIterator2.nextItem() {
    try at(21); try t.join()
}
try at(22); try py.print("expected 100, got", g.count)
try at(23); try py.print("updates lost:", g.count < 100)
