/// The Threading thread behind a Python `threading.Thread` object (or an instance of a subclass): its `run()` calls
/// the Python object's `run` method, so a subclass that overrides `run` works.
final class PyThreadNative: Thread, @unchecked Sendable {
    /// The Python object, kept alive while the thread may still run it.
    var owner: PyInstance?
    /// The Python object, for `current_thread()` and `excepthook` once the run ended.
    weak var pythonObject: PyInstance?
    var target: PyObject = .None
    var args: PyObject = .tuple([])
    var kwargs: PyObject = .None

    init(owner: PyInstance, name: String?, targetName: String?, daemon: Bool?) {
        self.owner = owner
        pythonObject = owner
        if let targetName {
            super.init(name: name, targetName: targetName, thunk: {}, daemon: daemon)
        } else {
            super.init(name: name, daemon: daemon)
        }
    }

    override func run() throws {
        guard let owner else { return }
        defer { self.owner = nil }
        // `self.run()` as CPython calls it: the attribute read, then the call, without a bound method object.
        _ = try PyObject(ref: owner).attributeFound(Self.run).call([], [])
    }

    /// The name of the method a thread runs.
    private static let run: PyName = "run"

    /// `<MyThread(Thread-1 (worker), started 2)>`: the typed repr with the Python class name.
    override var description: String {
        let text = super.description
        guard let object = pythonObject, let open = text.firstIndex(of: "(") else { return text }
        return "<" + object.cls.name + text[open...]
    }
}

extension PyThreadingTypes {
    /// `threading.Thread`.
    static let Thread: PyType = {
        let type = PyType(builtin: "Thread", module: "threading", base: PyTypes.object)
        type.construct = { cls, _, _ in PyObject(ref: PyInstance(cls: cls)) }
        type.method(
            "__init__", ["group=", "target=", "name=", "args=", "kwargs=", "*", "daemon="],
            defaults: [.None, .None, .None, .tuple([]), .None, .None]
        ) { a in
            guard let instance = a[0].ref as? PyInstance else { return .None }
            let target = a[2]
            var targetName: String?
            if !target.isNone {
                // A function's `__name__` read as its class's property reads it, without looking the property up.
                let name = (target.ref as? PyFunction)?.nameAttribute ?? (try? target.attribute("__name__"))
                targetName = name.flatMap { try? $0.asString() } ?? "<lambda>"
            }
            let name = try a[3].isTrue ? try pyStr(a[3]) : nil
            let daemon = a[6].isNone ? nil : try a[6].isTrue
            let native = PyThreadNative(owner: instance, name: name, targetName: targetName, daemon: daemon)
            native.target = target
            native.args = a[4]
            native.kwargs = a[5]
            instance.native = native
            return .None
        }
        type.method("run") { a in
            let native = try thread(a[0], "run")
            guard !native.target.isNone else { return .None }
            let kwargs = native.kwargs.isNone ? [] : try PyStarStar(native.kwargs)
            _ = try native.target.call(try native.args.items(), kwargs: kwargs)
            return .None
        }
        type.method("start") { a in
            try typedThread(a[0], "start").start()
            return .None
        }
        type.method("join", ["timeout="], defaults: [.None]) { a in
            try typedThread(a[0], "join").join(timeout: try a[1].asTimeout())
            return .None
        }
        type.method("is_alive") { a in PyObject(try typedThread(a[0], "is_alive").is_alive()) }
        type.property(
            "name", get: { PyObject(try typedThread($0, "name").name) },
            set: { object, value in
                try typedThread(object, "name").name = try pyStr(value)
            })
        type.property(
            "daemon", get: { PyObject(try typedThread($0, "daemon").daemon) },
            set: { object, value in
                try typedThread(object, "daemon").set(daemon: try value.isTrue)
            })
        type.getter("ident") { object in try typedThread(object, "ident").ident.map { PyObject($0) } ?? .None }
        type.getter("native_id") { object in
            try typedThread(object, "native_id").native_id.map { PyObject($0) } ?? .None
        }
        type.method("getName") { a in
            pyWarnDeprecated("getName() is deprecated, get the name attribute instead")
            return PyObject(try typedThread(a[0], "getName").name)
        }
        type.method("setName", ["name"]) { a in
            pyWarnDeprecated("setName() is deprecated, set the name attribute instead")
            try typedThread(a[0], "setName").name = try pyStr(a[1])
            return .None
        }
        type.method("isDaemon") { a in
            pyWarnDeprecated("isDaemon() is deprecated, get the daemon attribute instead")
            return PyObject(try typedThread(a[0], "isDaemon").daemon)
        }
        type.method("setDaemon", ["daemonic"]) { a in
            pyWarnDeprecated("setDaemon() is deprecated, set the daemon attribute instead")
            try typedThread(a[0], "setDaemon").set(daemon: try a[1].isTrue)
            return .None
        }
        type.method("__repr__") { a in PyObject(try typedThread(a[0], "__repr__").description) }
        return type
    }()

    /// `threading._MainThread` and `_DummyThread`: the class of Python objects for threads the program did not make
    /// with `threading.Thread` (the main thread).
    static let MainThread: PyType = PyType(builtin: "_MainThread", module: "threading", base: Thread)

    /// `threading.Timer(interval, function, args=None, kwargs=None)`.
    static let Timer: PyType = {
        let type = PyType(builtin: "Timer", module: "threading", base: Thread)
        type.construct = { cls, args, kwargs in
            let signature = PySignature(["interval", "function", "args=", "kwargs="], defaults: [.None, .None])
            let a = try signature.bind(args, kwargs, displayName: "Timer")
            let function = a[1]
            let callArgs = a[2].isNone ? [] : try a[2].items()
            let callKwargs = a[3].isNone ? [] : try PyStarStar(a[3])
            let timer = Threading.Timer(interval: try a[0].asDouble()) {
                _ = try function.call(callArgs, kwargs: callKwargs)
            }
            return PyObject(ref: PyInstance(cls: cls, native: timer))
        }
        type.method("__init__", ["*args", "**kwargs"]) { _ in .None }
        type.method("cancel") { a in
            try a[0].wrapped(Threading.Timer.self, for: "cancel").cancel()
            return .None
        }
        type.method("run") { a in
            try a[0].wrapped(Threading.Timer.self, for: "run").run()
            return .None
        }
        return type
    }()

    private static func thread(_ object: PyObject, _ method: String) throws -> PyThreadNative {
        guard let native = object.native(PyThreadNative.self) else {
            if object.native(Threading.Thread.self) != nil {
                throw PyError.make(py.RuntimeError, "cannot run this thread from Python")
            }
            throw PyError.make(py.RuntimeError, "thread.__init__() not called")
        }
        return native
    }

    static func typedThread(_ object: PyObject, _ method: String) throws -> Threading.Thread {
        guard let native = object.native(Threading.Thread.self) else {
            throw PyError.make(py.RuntimeError, "thread.__init__() not called")
        }
        return native
    }

    /// The Python object for a Threading thread: the `threading.Thread` object that made it, or a wrapper (made
    /// once per thread; `current_thread() is main_thread()` holds).
    static func pythonObject(for thread: Threading.Thread) -> PyObject {
        if let native = thread as? PyThreadNative, let object = native.pythonObject { return PyObject(ref: object) }
        return PyLock.withLock {
            if let known = wrappers[ObjectIdentifier(thread)]?.object, known.native === thread {
                return PyObject(ref: known)
            }
            let wrapper = PyInstance(cls: thread is Threading.Timer ? Timer : MainThread, native: thread)
            wrappers[ObjectIdentifier(thread)] = WeakInstance(object: wrapper)
            return PyObject(ref: wrapper)
        }
    }

    private struct WeakInstance {
        weak var object: PyInstance?
    }

    /// Guarded by `PyLock`.
    nonisolated(unsafe) private static var wrappers: [ObjectIdentifier: WeakInstance] = [:]
}
