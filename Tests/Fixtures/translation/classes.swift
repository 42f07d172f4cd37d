import Threading

let pythonLines: [Int: String] = [3: "import threading", 6: "class Counter:", 7: "    step = 1", 9: "    def __init__(self, start=0):", 10: "        self.value = start", 11: "        self.lock = threading.Lock()", 13: "    def increment(self):", 14: "        with self.lock:", 15: "            self.value += self.step", 16: "            return self.value", 18: "    def __repr__(self):", 19: "        return f\"Counter({self.value!r})\"", 22: "class Worker(threading.Thread):", 23: "    def __init__(self, counter):", 24: "        super().__init__(name=\"worker\")", 25: "        self.counter = counter", 27: "    def run(self):", 28: "        for _ in range(3):", 29: "            self.counter.increment()", 32: "counter = Counter()", 33: "workers = [Worker(counter) for _ in range(2)]", 34: "for w in workers:", 35: "    w.start()", 36: "for w in workers:", 37: "    w.join()", 38: "print(counter, counter.value)"]
_ = PyGlobals(file: "content/corpus.md", source: pythonLines)
atLine(3); let threading = try py_import("threading")
atLine(6); let Counter = try pyclass("Counter", bases: []) { Counter in
    try at(7); Counter.step = 1
    try at(9); Counter.__init__ = def("__init__", ["self", "start="], defaults: [0]) { arguments in
        let `self` = arguments[0]
        let start = arguments[1]
        try at(10); `self`.value = start
        try at(11); try `self`.lock = threading.callMethod("Lock")
        return PyObject.None
    }
    try at(13); Counter.increment = def("increment", ["self"]) { arguments in
        let `self` = arguments[0]
        try at(14); do {
            let context = try PyWith(`self`.lock)
            _ = try context.enter()
            defer { context.exitQuietly() }
            try at(15); try `self`.value = `self`.value.inplaceAdd(`self`.step)
            try at(16); return try `self`.value
        }
        return PyObject.None
    }
    try at(18); Counter.__repr__ = def("__repr__", ["self"]) { arguments in
        let `self` = arguments[0]
        atLine(19); return try PyObject.fstring(["Counter(", py.repr(`self`.value), ")"])
    }
}
atLine(22); let Worker = try pyclass("Worker", bases: [threading.Thread]) { Worker in
    try at(23); Worker.__init__ = def("__init__", ["self", "counter"]) { arguments in
        let `self` = arguments[0]
        let counter = arguments[1]
        try at(24); try py.super(Worker, `self`).__init__(name: "worker")
        try at(25); `self`.counter = counter
        return PyObject.None
    }
    try at(27); Worker.run = def("run", ["self"]) { arguments in
        let `self` = arguments[0]
        atLine(28); let iterator = try py.range(3).iterator()
        while let _ = try iterator.nextItem() {
            atLine(29); try `self`.counter.callMethod("increment")
        }
        return PyObject.None
    }
}
atLine(32); let counter = try Counter()
atLine(33); let workers = try PyObject.list(PyStar(py.range(2)).map { _ in try Worker(counter) })
atLine(34); let wIterator = try workers.iterator()
while let w = try wIterator.nextItem() {
    atLine(35); try w.callMethod("start")
}
atLine(36); let wIterator2 = try workers.iterator()
while let w = try wIterator2.nextItem() {
    atLine(37); try w.callMethod("join")
}
atLine(38); try py.print(counter, counter.value)
