/// The `threading` module for translated code.
enum PyThreadingModule {
    static func make() -> PyObject {
        // `excepthook` reads as the run's hook: each import's own.
        let module = PyModule(template: template, fresh: ["excepthook": excepthookObject(Threading.excepthook)])
        module.onSet["excepthook"] = { hook in
            Threading.excepthook = { args in
                _ = try hook.call([PyObject(ref: PyExceptHookArgs(args))])
            }
        }
        return PyObject(ref: module)
    }

    private static let template = PyModuleTemplate(name: "threading") { module in
        for type in [
            PyThreadingTypes.Thread, PyThreadingTypes.Timer, PyThreadingTypes.Condition, PyThreadingTypes.Semaphore,
            PyThreadingTypes.BoundedSemaphore, PyThreadingTypes.Event, PyThreadingTypes.Barrier,
        ] {
            module.type(type)
        }
        module.set("Lock", PyObject(ref: PyThreadingTypes.Lock))
        module.set("RLock", PyObject(ref: PyThreadingTypes.RLock))
        module.set("local", PyObject(ref: PyThreadingTypes.local))
        module.set("BrokenBarrierError", PyObject(ref: PyTypes.BrokenBarrierError))
        module.set("TIMEOUT_MAX", PyObject(Threading.TIMEOUT_MAX))
        module.function("current_thread") { _ in PyThreadingTypes.pythonObject(for: Threading.current_thread()) }
        module.function("main_thread") { _ in PyThreadingTypes.pythonObject(for: Threading.main_thread()) }
        module.function("enumerate") { _ in .list(Threading.enumerate().map(PyThreadingTypes.pythonObject(for:))) }
        module.function("active_count") { _ in PyObject(Threading.active_count()) }
        module.function("currentThread") { _ in
            pyWarnDeprecated("currentThread() is deprecated, use current_thread() instead")
            return PyThreadingTypes.pythonObject(for: Threading.current_thread())
        }
        module.function("activeCount") { _ in
            pyWarnDeprecated("activeCount() is deprecated, use active_count() instead")
            return PyObject(Threading.active_count())
        }
        module.function("get_ident") { _ in PyObject(Threading.get_ident()) }
        module.function("get_native_id") { _ in PyObject(Threading.get_native_id()) }
        module.set("excepthook", .None)  // each import's own (`make`)
        module.function("settrace", ["func", "/"]) { a in
            PyTraceHooks.install(a[0], profile: false)
            return .None
        }
        module.function("setprofile", ["func", "/"]) { a in
            PyTraceHooks.install(a[0], profile: true)
            return .None
        }
        module.set("ExceptHookArgs", PyObject(ref: PyTypes.exceptHookArgs))
    }

    /// A Python callable for a Threading excepthook (what `threading.excepthook` reads as, e.g. to call the default).
    private static func excepthookObject(_ hook: @escaping ExceptHook) -> PyObject {
        builtin("excepthook", ["args", "/"]) { a in
            guard let args = a[0].ref as? PyExceptHookArgs else {
                throw PyError.make(py.TypeError, "excepthook argument type must be ExceptHookArgs")
            }
            try hook(args.args)
            return .None
        }
    }
}

/// `threading.ExceptHookArgs` as Python sees it: `exc_type`, `exc_value`, `exc_traceback`, `thread`.
final class PyExceptHookArgs: PyRef, @unchecked Sendable {
    let args: ExceptHookArgs
    init(_ args: ExceptHookArgs) { self.args = args }
    override var pyType: PyType { PyTypes.exceptHookArgs }
}

extension PyTypes {
    static let exceptHookArgs: PyType = {
        let type = PyType(builtin: "_ExceptHookArgs", module: "threading", base: object)
        func args(_ object: PyObject) -> ExceptHookArgs { (object.ref as! PyExceptHookArgs).args }
        type.getter("exc_value") { PyError(bridging: args($0).exc_value).value }
        type.getter("exc_type") { PyObject(ref: PyError(bridging: args($0).exc_value).value.pyType) }
        type.getter("exc_traceback") { _ in .None }
        type.getter("thread") { object in
            args(object).thread.map(PyThreadingTypes.pythonObject(for:)) ?? .None
        }
        return type
    }()
}
