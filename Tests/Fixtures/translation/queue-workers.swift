import Threading

let pythonLines: [Int: String] = [3: "import queue", 4: "import threading", 6: "q = queue.Queue()", 7: "results = []", 8: "results_lock = threading.Lock()", 11: "def worker():", 12: "    while True:", 13: "        item = q.get()", 14: "        if item is None:", 15: "            break", 16: "        with results_lock:", 17: "            results.append(item * item)", 18: "        q.task_done()", 21: "threads = [threading.Thread(target=worker) for _ in range(3)]", 22: "for t in threads:", 23: "    t.start()", 24: "for item in range(10):", 25: "    q.put(item)", 26: "q.join()", 27: "for _ in threads:", 28: "    q.put(None)", 29: "for t in threads:", 30: "    t.join()", 31: "print(sorted(results))"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let queue = try py_import("queue")
atLine(4); let threading = try py_import("threading")
atLine(6); let q = try queue.callMethod("Queue")
atLine(7); let results = PyObject.list([])
atLine(8); let results_lock = try threading.callMethod("Lock")
atLine(11); let worker = def("worker", []) { _ in
    atLine(12); while true {
        atLine(13); let item = try q.callMethod("get")
        atLine(14); if item.is(PyObject.None) {
            atLine(15); break
        }
        atLine(16); try with(results_lock) { _ in
            atLine(17); try results.method.append(item * item)
        }
        atLine(18); try q.callMethod("task_done")
    }
    return PyObject.None
}
atLine(21); let threads = try PyObject.list(PyStar(py.range(3)).map { _ in try threading.Thread(target: worker) })
atLine(22); let tIterator = try threads.iterator()
while let t = try tIterator.nextItem() {
    atLine(23); try t.callMethod("start")
}
atLine(24); let itemIterator = try py.range(10).iterator()
while let item = try itemIterator.nextItem() {
    atLine(25); try q.callMethod("put", item)
}
atLine(26); try q.callMethod("join")
atLine(27); let iterator = try threads.iterator()
while let _ = try iterator.nextItem() {
    atLine(28); try q.callMethod("put", PyObject.None)
}
atLine(29); let tIterator2 = try threads.iterator()
while let t = try tIterator2.nextItem() {
    atLine(30); try t.callMethod("join")
}
atLine(31); try py.print(py.sorted(results))
