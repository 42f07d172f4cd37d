import Threading

let pythonLines: [Int: String] = [3: "import threading", 4: "import time", 5: "import concurrent.futures", 6: "import queue", 9: "class Context(threading.local):", 10: "    def __init__(self):", 11: "        self.depth = 0", 14: "context = Context()", 15: "event = threading.Event()", 16: "condition = threading.Condition()", 17: "items = []", 18: "semaphore = threading.Semaphore(2)", 19: "barrier = threading.Barrier(2)", 22: "def consumer():", 23: "    with condition:", 24: "        condition.wait_for(lambda: len(items) == 2)", 25: "        print(\"consumer sees\", items)", 28: "def producer():", 29: "    for n in range(2):", 30: "        with condition:", 31: "            items.append(n)", 32: "            condition.notify()", 33: "        time.sleep(0.1)", 36: "def party(name):", 37: "    context.depth += 1", 38: "    with semaphore:", 39: "        index = barrier.wait()", 40: "    event.wait()", 41: "    return name, context.depth, index in (0, 1)", 44: "threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]", 45: "for t in threads:", 46: "    t.start()", 47: "for t in threads:", 48: "    t.join()", 50: "with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix=\"pool\") as pool:", 51: "    futures = [pool.submit(party, name) for name in \"ab\"]", 52: "    timer = threading.Timer(0.2, event.set)", 53: "    timer.start()", 54: "    print(sorted(f.result() for f in concurrent.futures.as_completed(futures)))", 55: "print(\"pool closed\", context.depth)", 57: "lifo = queue.LifoQueue()", 58: "priority = queue.PriorityQueue(maxsize=2)", 59: "for n in [2, 1]:", 60: "    lifo.put(n)", 61: "    priority.put((n, f\"job{n}\"))", 62: "try:", 63: "    priority.put_nowait((0, \"late\"))", 64: "except queue.Full:", 65: "    print(\"full\")", 66: "print(lifo.get(), priority.get(), priority.get_nowait(), priority.empty(), lifo.qsize())", 67: "try:", 68: "    priority.get(timeout=0.05)", 69: "except queue.Empty:", 70: "    print(\"empty\")", 71: "print(threading.current_thread().name, threading.active_count(), event.is_set())"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let threading = try py_import("threading")
atLine(4); let time = try py_import("time")
atLine(5); let concurrent = try py_import("concurrent")
atLine(6); let queue = try py_import("queue")
atLine(9); let Context = try pyclass("Context", bases: [threading.local]) { Context in
    try at(10); Context.__init__ = def("__init__", ["self"]) { arguments in
        let `self` = arguments[0]
        try at(11); `self`.depth = 0
        return PyObject.None
    }
}
atLine(14); let context = try Context()
atLine(15); let event = try threading.callMethod("Event")
atLine(16); let condition = try threading.callMethod("Condition")
atLine(17); let items = PyObject.list([])
atLine(18); let semaphore = try threading.callMethod("Semaphore", 2)
atLine(19); let barrier = try threading.callMethod("Barrier", 2)
atLine(22); let consumer = def("consumer", []) { _ in
    atLine(23); try with(condition) { _ in
        atLine(24); try condition.method.wait_for(def("<lambda>", []) { _ in return try py.len(items) == 2 })
        atLine(25); try py.print("consumer sees", items)
    }
    return PyObject.None
}
atLine(28); let producer = def("producer", []) { _ in
    atLine(29); let nIterator = try py.range(2).iterator()
    while let n = try nIterator.nextItem() {
        atLine(30); try with(condition) { _ in
            atLine(31); try items.callMethod("append", n)
            atLine(32); try condition.callMethod("notify")
        }
        atLine(33); try time.callMethod("sleep", 0.1)
    }
    return PyObject.None
}
atLine(36); let party = def("party", ["name"]) { arguments in
    let name = arguments[0]
    var index: PyObject = PyObject.None
    try at(37); try context.depth = context.depth + 1
    try at(38); try with(semaphore) { _ in
        try at(39); index = try barrier.callMethod("wait")
    }
    try at(40); try event.callMethod("wait")
    try at(41); return try PyObject.tuple([name, context.depth, contains(PyObject.tuple([0, 1]), index)])
}
atLine(44); let threads = try PyObject.list([threading.Thread(target: consumer), threading.Thread(target: producer)])
atLine(45); let tIterator = try threads.iterator()
while let t = try tIterator.nextItem() {
    atLine(46); try t.callMethod("start")
}
atLine(47); let tIterator2 = try threads.iterator()
while let t = try tIterator2.nextItem() {
    atLine(48); try t.callMethod("join")
}
atLine(50); try with(concurrent.futures.ThreadPoolExecutor(max_workers: 2, thread_name_prefix: "pool")) { pool in
    atLine(51); let futures = try PyObject.list(PyStar("ab").map { name in try pool.callMethod("submit", party, name) })
    atLine(52); let timer = try threading.method.Timer(0.2, event.set)
    atLine(53); try timer.callMethod("start")
    atLine(54); try py.print(py.sorted(PyObject.list(PyStar(concurrent.futures.callMethod("as_completed", futures)).map { f in try f.callMethod("result") })))
}
atLine(55); try py.print("pool closed", context.depth)
atLine(57); let lifo = try queue.callMethod("LifoQueue")
atLine(58); let priority = try queue.PriorityQueue(maxsize: 2)
atLine(59); let nIterator2 = try PyObject.list([2, 1]).iterator()
while let n = try nIterator2.nextItem() {
    atLine(60); try lifo.callMethod("put", n)
    atLine(61); try priority.method.put(PyObject.tuple([n, PyObject.fstring(["job", n])]))
}
atLine(62); do {
    atLine(63); try priority.method.put_nowait(PyObject.tuple([0, "late"]))
} catch let raised as PyError {
    if try raised.matches(queue.Full) {
        atLine(65); try py.print("full")
    } else {
        throw raised
    }
}
atLine(66); try py.print(lifo.callMethod("get"), priority.callMethod("get"), priority.callMethod("get_nowait"), priority.callMethod("empty"), lifo.callMethod("qsize"))
atLine(67); do {
    atLine(68); try priority.get(timeout: 0.05)
} catch let raised as PyError {
    if try raised.matches(queue.Empty) {
        atLine(70); try py.print("empty")
    } else {
        throw raised
    }
}
atLine(71); try py.print(threading.callMethod("current_thread").name, threading.callMethod("active_count"), event.callMethod("is_set"))
