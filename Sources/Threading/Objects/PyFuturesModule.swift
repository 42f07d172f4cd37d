/// The `concurrent.futures` module for translated code: `ThreadPoolExecutor` and `Future` wrapping Threading's, so
/// worker threads, their names and their scheduling are the typed API's.
enum PyFuturesModule {
    static let Future: PyType = {
        let type = PyType.native(
            "Future", module: "concurrent.futures._base", wrapping: Threading.Future<PyObject>.self
        ) { _ in
            Threading.Future<PyObject>()
        }
        func future(_ object: PyObject, _ method: String) throws -> Threading.Future<PyObject> {
            try object.wrapped(Threading.Future<PyObject>.self, for: method)
        }
        type.method("result", ["timeout="], defaults: [.None]) { a in
            try future(a[0], "result").result(timeout: try a[1].asTimeout())
        }
        type.method("exception", ["timeout="], defaults: [.None]) { a in
            try future(a[0], "exception").exception(timeout: try a[1].asTimeout()).map { PyError(bridging: $0).value }
                ?? .None
        }
        type.method("done") { a in PyObject(try future(a[0], "done").done()) }
        type.method("running") { a in PyObject(try future(a[0], "running").running()) }
        type.method("cancel") { a in PyObject(try future(a[0], "cancel").cancel()) }
        type.method("cancelled") { a in PyObject(try future(a[0], "cancelled").cancelled()) }
        type.method("add_done_callback", ["fn"]) { a in
            let object = a[0]
            let callback = a[1]
            try future(object, "add_done_callback").add_done_callback { _ in _ = try callback.call([object]) }
            return .None
        }
        type.method("set_result", ["result"]) { a in
            try future(a[0], "set_result").set_result(a[1])
            return .None
        }
        type.method("set_exception", ["exception"]) { a in
            try future(a[0], "set_exception").set_exception(try PyError(a[1]))
            return .None
        }
        type.method("__repr__") { a in PyObject(try future(a[0], "__repr__").description) }
        return type
    }()

    static let ThreadPoolExecutor: PyType = {
        let type = PyType.native(
            "ThreadPoolExecutor", module: "concurrent.futures.thread", wrapping: Threading.ThreadPoolExecutor.self,
            params: ["max_workers=", "thread_name_prefix=", "initializer=", "initargs="],
            defaults: [.None, "", .None, .tuple([])]
        ) { a in
            let initializer = a[2]
            let initargs = try a[3].items()
            return try Threading.ThreadPoolExecutor(
                max_workers: a[0].isNone ? nil : try a[0].asInt(), thread_name_prefix: try a[1].asString(),
                initializer: initializer.isNone ? nil : { _ = try initializer.call(initargs) })
        }
        func executor(_ object: PyObject, _ method: String) throws -> Threading.ThreadPoolExecutor {
            try object.wrapped(Threading.ThreadPoolExecutor.self, for: method)
        }
        type.method("submit", ["fn", "/", "*args", "**kwargs"]) { a in
            let function = a[1]
            let args = try a[2].items()
            let kwargs = try PyStarStar(a[3])
            let future = try executor(a[0], "submit").submit({ try function.call(args, kwargs: kwargs) })
            return wrap(future)
        }
        type.method("map", ["fn", "*iterables", "timeout="], defaults: [.None]) { a in
            let function = a[1]
            let columns = try a[2].items().map { try $0.items() }
            let count = columns.map(\.count).min() ?? 0
            let rows = (0..<count).map { index in columns.map { $0[index] } }
            let results = try executor(a[0], "map").map(
                { (row: [PyObject]) in try function.call(row) }, rows, timeout: try a[3].asTimeout())
            return PyObject(
                ref: PyIterator("generator", qualifiedName: "Executor.map.<locals>.result_iterator") {
                    try results.next()
                })
        }
        type.method("shutdown", ["wait=", "*", "cancel_futures="], defaults: [true, false]) { a in
            try executor(a[0], "shutdown").shutdown(wait: try a[1].isTrue, cancel_futures: try a[2].isTrue)
            return .None
        }
        type.method("__enter__") { a in a[0] }
        type.method("__exit__", ["t", "v", "tb"]) { a in
            try executor(a[0], "__exit__").shutdown(wait: true)
            return false
        }
        type.getter("_max_workers") { PyObject(try executor($0, "_max_workers")._max_workers) }
        // A set in CPython; a list here, in the order the workers started (CPython's tests iterate it).
        type.getter("_threads") {
            .list(try executor($0, "_threads")._threads.map(PyThreadingTypes.pythonObject(for:)))
        }
        return type
    }()

    /// The Python object for a typed future (one per future, so `is` and dict keys work).
    static func wrap(_ future: Threading.Future<PyObject>) -> PyObject {
        PyObject(ref: PyInstance(cls: Future, native: future))
    }

    static func make() -> PyObject { template.instantiate() }

    private static let template = PyModuleTemplate(name: "concurrent.futures") { module in
        module.type(ThreadPoolExecutor)
        module.type(Future)
        for name in ["FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"] { module.set(name, PyObject(name)) }
        module.set("CancelledError", PyObject(ref: PyTypes.CancelledError))
        module.set("TimeoutError", PyObject(ref: PyTypes.TimeoutError))
        module.set("InvalidStateError", PyObject(ref: PyTypes.InvalidStateError))
        module.set("BrokenExecutor", PyObject(ref: PyTypes.BrokenExecutor))
        module.function("as_completed", ["fs", "timeout="], defaults: [.None]) { a in
            let (objects, futures) = try futuresOf(a[0])
            let byFuture = Dictionary(
                zip(futures.map(ObjectIdentifier.init), objects), uniquingKeysWith: { first, _ in first })
            let iterator = Threading.as_completed(futures, timeout: try a[1].asTimeout())
            return PyObject(
                ref: PyIterator("generator") {
                    try iterator.next().map { byFuture[ObjectIdentifier($0)]! }
                })
        }
        module.function("wait", ["fs", "timeout=", "return_when="], defaults: [.None, "ALL_COMPLETED"]) { a in
            let (objects, futures) = try futuresOf(a[0])
            guard let when = ReturnWhen(rawValue: try a[2].asString()) else {
                throw PyError.make(py.ValueError, "Invalid return condition: \(try pyRepr(a[2]))")
            }
            let (done, _) = concurrent.futures.wait(futures, timeout: try a[1].asTimeout(), return_when: when)
            let doneSet = PySet()
            let notDoneSet = PySet()
            for (object, future) in zip(objects, futures) {
                try (done.contains(future) ? doneSet : notDoneSet).insert(object)
            }
            return .tuple([PyObject(ref: doneSet), PyObject(ref: notDoneSet)])
        }
    }

    private static func futuresOf(_ iterable: PyObject) throws -> ([PyObject], [Threading.Future<PyObject>]) {
        let objects = try iterable.items()
        let futures = try objects.map { try $0.wrapped(Threading.Future<PyObject>.self, for: "as_completed") }
        return (objects, futures)
    }
}
