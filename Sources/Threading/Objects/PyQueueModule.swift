/// An item of a Python `PriorityQueue`, ordered by Python's `<`. The heap compares items with the queue's lock held,
/// so a comparison that raises is kept and raised by `put` once the lock is released (an item whose comparison
/// fails counts as not smaller).
struct PyOrdered: Comparable, @unchecked Sendable {
    let object: PyObject

    static func < (lhs: PyOrdered, rhs: PyOrdered) -> Bool {
        do {
            return try pyLess(lhs.object, rhs.object)
        } catch {
            PyFrames.current.keep(PyError(bridging: error))
            return false
        }
    }

    static func == (lhs: PyOrdered, rhs: PyOrdered) -> Bool { lhs.object.is(rhs.object) }
}

/// The Threading queue behind a Python queue object, whatever its element type.
final class PyQueueBox: @unchecked Sendable {
    let put: (PyObject, Bool, Double?) throws -> Void
    let get: (Bool, Double?) throws -> PyObject
    let queue: AnyObject
    let qsize: () -> Int
    let full: () -> Bool
    let taskDone: () throws -> Void
    let join: () -> Void
    let maxsize: () -> Int
    /// The queue itself when its items are the Python objects as they are (`Queue`, `LifoQueue`, `SimpleQueue`):
    /// `put`, `get` and `task_done` call it directly rather than through the closures above (each a context to retain
    /// and a call, with `wrap` or `unwrap` inside).
    let plain: Queue<PyObject>?

    init<Element>(
        _ queue: Queue<Element>, wrap: @escaping (PyObject) -> Element, unwrap: @escaping (Element) -> PyObject
    ) {
        self.queue = queue
        plain = queue as? Queue<PyObject>
        put = { item, block, timeout in try queue.put(wrap(item), block: block, timeout: timeout) }
        get = { block, timeout in unwrap(try queue.get(block: block, timeout: timeout)) }
        qsize = { queue.qsize() }
        full = { queue.full() }
        taskDone = { try queue.task_done() }
        join = { queue.join() }
        maxsize = { queue.maxsize }
    }
}

/// The `queue` module for translated code: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full.
enum PyQueueModule {
    static let Queue = makeType("Queue") {
        PyQueueBox(Threading.Queue<PyObject>(maxsize: $0), wrap: { $0 }, unwrap: { $0 })
    }
    static let LifoQueue = makeType("LifoQueue") {
        PyQueueBox(Threading.LifoQueue<PyObject>(maxsize: $0), wrap: { $0 }, unwrap: { $0 })
    }
    static let PriorityQueue = makeType("PriorityQueue") {
        PyQueueBox(
            Threading.PriorityQueue<PyOrdered>(maxsize: $0), wrap: { PyOrdered(object: $0) }, unwrap: { $0.object })
    }
    static let SimpleQueue = makeType("SimpleQueue", module: "_queue") { _ in
        PyQueueBox(Threading.Queue<PyObject>(maxsize: 0), wrap: { $0 }, unwrap: { $0 })
    }

    static func make() -> PyObject { template.instantiate() }

    private static let template = PyModuleTemplate(name: "queue") { module in
        for type in [Queue, LifoQueue, PriorityQueue, SimpleQueue] { module.type(type) }
        module.set("Empty", PyObject(ref: PyTypes.QueueEmpty))
        module.set("Full", PyObject(ref: PyTypes.QueueFull))
        addShutDown(to: module)
    }

    private static func makeType(_ name: String, module: String = "queue", _ make: @escaping (Int) -> PyQueueBox)
        -> PyType
    {
        let params = name == "SimpleQueue" ? [String]() : ["maxsize="]
        let type = PyType.native(name, module: module, wrapping: PyQueueBox.self, params: params, defaults: [0]) { a in
            make(a.isEmpty ? 0 : try a[0].asInt())
        }
        func box(_ object: PyObject, _ method: String) throws -> PyQueueBox {
            try object.wrapped(PyQueueBox.self, for: method)
        }
        // `put(item)`, `get()` and `task_done()` (nearly every call of them) run without binding the defaults.
        type.method(
            "put", ["item", "block=", "timeout="], defaults: [true, .None],
            bodies: PyQuickBodies(two: { try put($0, $1, block: true, timeout: .None) })
        ) { a in
            try put(a[0], a[1], block: a[2], timeout: a[3])
        }
        type.method(
            "get", ["block=", "timeout="], defaults: [true, .None],
            bodies: PyQuickBodies(one: { try get($0, block: true, timeout: .None) })
        ) { a in
            try get(a[0], block: a[1], timeout: a[2])
        }
        type.method("put_nowait", ["item"]) { a in
            try box(a[0], "put_nowait").put(a[1], false, nil)
            try PyFrames.current.raisePending()
            return .None
        }
        type.method("get_nowait") { a in try box(a[0], "get_nowait").get(false, nil) }
        type.method("qsize") { a in PyObject(try box(a[0], "qsize").qsize()) }
        type.method("empty") { a in PyObject(try box(a[0], "empty").qsize() == 0) }
        if name != "SimpleQueue" {
            type.method("full") { a in PyObject(try box(a[0], "full").full()) }
            type.method("task_done", bodies: PyQuickBodies(one: taskDone)) { a in try taskDone(a[0]) }
            type.method("join") { a in
                try box(a[0], "join").join()
                return .None
            }
            type.getter("maxsize") { PyObject(try box($0, "maxsize").maxsize()) }
            addShutdown(to: type)
        }
        return type
    }

    /// `queue.put(item, block, timeout)`.
    private static func put(_ queue: PyObject, _ item: PyObject, block: PyObject, timeout: PyObject) throws
        -> PyObject
    {
        let queue = try queue.wrapped(PyQueueBox.self, for: "put")
        let (block, timeout) = (try block.isTrue, try timeout.asTimeout())
        if let plain = queue.plain {
            try plain.put(item, block: block, timeout: timeout)
        } else {
            try queue.put(item, block, timeout)
        }
        try PyFrames.current.raisePending()
        return .None
    }

    /// `queue.get(block, timeout)`.
    private static func get(_ queue: PyObject, block: PyObject, timeout: PyObject) throws -> PyObject {
        let queue = try queue.wrapped(PyQueueBox.self, for: "get")
        let (block, timeout) = (try block.isTrue, try timeout.asTimeout())
        if let plain = queue.plain { return try plain.get(block: block, timeout: timeout) }
        return try queue.get(block, timeout)
    }

    /// `queue.task_done()`.
    private static func taskDone(_ queue: PyObject) throws -> PyObject {
        let queue = try queue.wrapped(PyQueueBox.self, for: "task_done")
        if let plain = queue.plain { try plain.task_done() } else { try queue.taskDone() }
        return .None
    }
}
