/// Python's `threading` classes for translated code, each wrapping Threading's typed primitive so that scheduling
/// points, trace events and deadlock reports are the typed API's.
enum PyThreadingTypes {
    static let Lock: PyType = {
        let type = PyType.native("lock", module: "_thread", wrapping: Threading.Lock.self) { _ in Threading.Lock() }
        lockMethods(
            type, Threading.Lock.self,
            acquire: { lock, blocking, timeout in
                try lock.acquire(blocking, timeout: timeout)
            }, release: { try $0.release() }, description: { $0.description })
        type.method("locked") { a in PyObject(try a[0].wrapped(Threading.Lock.self, for: "locked").locked()) }
        return type
    }()

    static let RLock: PyType = {
        let type = PyType.native("RLock", module: "_thread", wrapping: Threading.RLock.self) { _ in Threading.RLock() }
        lockMethods(
            type, Threading.RLock.self,
            acquire: { lock, blocking, timeout in
                try lock.acquire(blocking, timeout: timeout)
            }, release: { try $0.release() }, description: { $0.description })
        return type
    }()

    static let Condition: PyType = {
        let type = PyType.native(
            "Condition", module: "threading", wrapping: Threading.Condition.self, params: ["lock="], defaults: [.None]
        ) { a in
            if a[0].isNone { return Threading.Condition() }
            if let lock = a[0].native(Threading.Lock.self) { return Threading.Condition(lock) }
            if let lock = a[0].native(Threading.RLock.self) { return Threading.Condition(lock) }
            throw PyError.make(py.TypeError, "Condition() takes a Lock or an RLock")
        }
        lockMethods(
            type, Threading.Condition.self,
            acquire: { condition, blocking, timeout in
                try condition.acquire(blocking, timeout: timeout)
            }, release: { try $0.release() }, description: { _ in "" })
        type.method("wait", ["timeout="], defaults: [.None]) { a in
            PyObject(try a[0].wrapped(Threading.Condition.self, for: "wait").wait(timeout: try a[1].asTimeout()))
        }
        type.method("wait_for", ["predicate", "timeout="], defaults: [.None]) { a in
            var last = PyObject.None
            _ = try a[0].wrapped(Threading.Condition.self, for: "wait_for").wait_for(timeout: try a[2].asTimeout()) {
                last = try a[1].call([])
                return try last.isTrue
            }
            return last
        }
        type.method("notify", ["n="], defaults: [1]) { a in
            try a[0].wrapped(Threading.Condition.self, for: "notify").notify(n: try a[1].asInt())
            return .None
        }
        type.method("notify_all") { a in
            try a[0].wrapped(Threading.Condition.self, for: "notify_all").notify_all()
            return .None
        }
        type.method("notifyAll") { a in
            pyWarnDeprecated("notifyAll() is deprecated, use notify_all() instead")
            try a[0].wrapped(Threading.Condition.self, for: "notifyAll").notify_all()
            return .None
        }
        type.method("__repr__") { a in PyObject("<Condition(\(try pyRepr(a[0])), 0)>") }
        return type
    }()

    static let Semaphore: PyType = makeSemaphore("Semaphore", bounded: false)
    static let BoundedSemaphore: PyType = makeSemaphore("BoundedSemaphore", bounded: true)

    private static func makeSemaphore(_ name: String, bounded: Bool) -> PyType {
        let type = PyType.native(
            name, module: "threading", wrapping: Threading.Semaphore.self, params: ["value="], defaults: [1]
        ) { a in
            bounded ? try Threading.BoundedSemaphore(try a[0].asInt()) : try Threading.Semaphore(try a[0].asInt())
        }
        type.method("acquire", ["blocking=", "timeout="], defaults: [true, .None]) { a in
            PyObject(
                try a[0].wrapped(Threading.Semaphore.self, for: "acquire").acquire(
                    try a[1].isTrue, timeout: try a[2].asTimeout()))
        }
        type.method("release", ["n="], defaults: [1]) { a in
            try a[0].wrapped(Threading.Semaphore.self, for: "release").release(n: try a[1].asInt())
            return .None
        }
        type.method("__enter__") { a in
            PyObject(try a[0].wrapped(Threading.Semaphore.self, for: "__enter__").acquire())
        }
        type.method("__exit__", ["t", "v", "tb"]) { a in
            try a[0].wrapped(Threading.Semaphore.self, for: "__exit__").release()
            return .None
        }
        type.method("__repr__") { a in
            let semaphore = try a[0].wrapped(Threading.Semaphore.self, for: "__repr__")
            return PyObject("<threading.\(name) at \(pythonAddress(of: semaphore)): value=\(semaphore.value)>")
        }
        return type
    }

    static let Event: PyType = {
        let type = PyType.native("Event", module: "threading", wrapping: Threading.Event.self) { _ in Threading.Event()
        }
        type.method("set") { a in
            try a[0].wrapped(Threading.Event.self, for: "set").set()
            return .None
        }
        type.method("clear") { a in
            try a[0].wrapped(Threading.Event.self, for: "clear").clear()
            return .None
        }
        type.method("is_set") { a in PyObject(try a[0].wrapped(Threading.Event.self, for: "is_set").is_set()) }
        type.method("isSet") { a in
            pyWarnDeprecated("isSet() is deprecated, use is_set() instead")
            return PyObject(try a[0].wrapped(Threading.Event.self, for: "isSet").is_set())
        }
        type.method("wait", ["timeout="], defaults: [.None]) { a in
            PyObject(try a[0].wrapped(Threading.Event.self, for: "wait").waitOrUnwind(timeout: try a[1].asTimeout()))
        }
        type.method("__repr__") { a in
            let event = try a[0].wrapped(Threading.Event.self, for: "__repr__")
            return PyObject("<threading.Event at \(pythonAddress(of: event)): \(event.is_set() ? "set" : "unset")>")
        }
        return type
    }()

    static let Barrier: PyType = {
        let type = PyType.native(
            "Barrier", module: "threading", wrapping: Threading.Barrier.self,
            params: ["parties", "action=", "timeout="], defaults: [.None, .None]
        ) { a in
            let action = a[1]
            return try Threading.Barrier(
                try a[0].asInt(), action: action.isNone ? nil : { _ = try action.call([]) },
                timeout: try a[2].asTimeout())
        }
        type.method("wait", ["timeout="], defaults: [.None]) { a in
            PyObject(try a[0].wrapped(Threading.Barrier.self, for: "wait").wait(timeout: try a[1].asTimeout()))
        }
        type.method("reset") { a in
            try a[0].wrapped(Threading.Barrier.self, for: "reset").reset()
            return .None
        }
        type.method("abort") { a in
            try a[0].wrapped(Threading.Barrier.self, for: "abort").abort()
            return .None
        }
        type.getter("parties") { PyObject(try $0.wrapped(Threading.Barrier.self, for: "parties").parties) }
        type.getter("n_waiting") { PyObject(try $0.wrapped(Threading.Barrier.self, for: "n_waiting").n_waiting) }
        type.getter("broken") { PyObject(try $0.wrapped(Threading.Barrier.self, for: "broken").broken) }
        return type
    }()

    /// `threading.local`: instances keep one attribute dictionary per thread.
    static let local: PyType = {
        let type = PyType(builtin: "local", module: "_thread", base: PyTypes.object)
        type.construct = { cls, args, kwargs in
            if cls === local, !(args.isEmpty && kwargs.isEmpty) {
                throw PyError.make(py.TypeError, "Initialization arguments are not supported")
            }
            let instance = PyLocalInstance(cls: cls)
            _ = instance.attributes  // the creating thread's dictionary: its __init__ is the constructor's
            instance.initArguments = (args, kwargs)
            return PyObject(ref: instance)
        }
        return type
    }()

    /// Adds `acquire`, `release`, `__enter__`, `__exit__` and `__repr__` to a lock-like class.
    private static func lockMethods<T: AnyObject>(
        _ type: PyType, _ native: T.Type, acquire: @escaping (T, Bool, Double) throws -> Bool,
        release: @escaping (T) throws -> Void, description: @escaping (T) -> String
    ) {
        type.method("acquire", ["blocking=", "timeout="], defaults: [true, -1]) { a in
            PyObject(try acquire(try a[0].wrapped(T.self, for: "acquire"), try a[1].isTrue, try a[2].asDouble()))
        }
        type.method("release") { a in
            try release(try a[0].wrapped(T.self, for: "release"))
            return .None
        }
        type.method("__enter__") { a in
            PyObject(try acquire(try a[0].wrapped(T.self, for: "__enter__"), true, -1))
        }
        type.method("__exit__", ["t", "v", "tb"]) { a in
            try release(try a[0].wrapped(T.self, for: "__exit__"))
            return .None
        }
        type.method("__repr__") { a in
            let object = try a[0].wrapped(T.self, for: "__repr__")
            let text = description(object)
            return PyObject(text.isEmpty ? defaultRepr(a[0]) : text)
        }
    }
}
