import Threading

let pythonLines: [Int: String] = [3: "# An executor whose last reference is dropped shuts down: its workers finish the queued work, then end (CPython's", 4: "# weakref callback wakes them), as test_concurrent_futures' test_del_shutdown expects.", 5: "import threading", 6: "from concurrent import futures", 8: "executor = futures.ThreadPoolExecutor(max_workers=5)", 9: "results = executor.map(abs, range(-5, 5))", 10: "threads = executor._threads", 11: "del executor", 12: "for t in threads:", 13: "    t.join()", 14: "print(list(results) == [abs(v) for v in range(-5, 5)])", 15: "print(any(t.is_alive() for t in threads), threading.active_count())", 17: "# Rebinding the last reference does the same.", 18: "pool = futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix=\"pool\")", 19: "print(pool.submit(pow, 2, 10).result())", 20: "workers = pool._threads", 21: "pool = None", 22: "for t in workers:", 23: "    t.join()", 24: "print([t.name for t in threading.enumerate()])"]
let g = PyGlobals(file: "content/corpus.md", source: pythonLines)
// An executor whose last reference is dropped shuts down: its workers finish the queued work, then end (CPython's
// weakref callback wakes them), as test_concurrent_futures' test_del_shutdown expects.
atLine(5); let threading = try py_import("threading")
atLine(6); let futures = try py_import("concurrent").futures
atLine(8); g.executor = try futures.ThreadPoolExecutor(max_workers: 5)
atLine(9); let results = try g.executor.method.map(py.abs, py.range(-5, 5))
atLine(10); let threads = try g.executor._threads
atLine(11); try g.deleteAttribute("executor")
atLine(12); let tIterator = try threads.iterator()
while let t = try tIterator.nextItem() {
    atLine(13); try t.callMethod("join")
}
atLine(14); try py.print(py.list(results) == PyObject.list(PyStar(py.range(-5, 5)).map { v in try py.abs(v) }))
atLine(15); try py.print(py.`any`(PyObject.list(PyStar(threads).map { t in try t.callMethod("is_alive") })), threading.callMethod("active_count"))
// Rebinding the last reference does the same.
atLine(18); var pool = try futures.ThreadPoolExecutor(max_workers: 2, thread_name_prefix: "pool")
atLine(19); try py.print(pool.method.submit(g.pow, 2, 10).callMethod("result"))
atLine(20); let workers = try pool._threads
atLine(21); pool = PyObject.None
atLine(22); let tIterator2 = try workers.iterator()
while let t = try tIterator2.nextItem() {
    atLine(23); try t.callMethod("join")
}
atLine(24); try py.print(PyObject.list(PyStar(threading.callMethod("enumerate")).map { t in try t.name }))
