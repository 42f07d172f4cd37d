/// `threading.settrace(func)` and `threading.setprofile(func)` for translated code: each thread started afterwards
/// calls `func(frame, event, arg)` on every call of a Python function (`def`) it makes, as CPython's threads do after
/// `sys.settrace`/`sys.setprofile`. The trace function gets `'call'`; the profile function `'call'` and `'return'`
/// (with the returned value). Not modelled: the local trace function a trace function returns (so no `'line'`,
/// `'return'` or `'exception'` events for tracing), and the `'c_call'` events of builtins.
enum PyTraceHooks {
    /// Installs `function` (None removes it) as the trace (`profile` false) or profile function of later threads.
    static func install(_ function: PyObject, profile: Bool) {
        var hook: TraceFunction?
        if !function.isNone {
            hook = { (_: String, _: Threading.Thread) in
                let frames = PyFrames.current
                if profile { frames.profileHook = function } else { frames.traceHook = function }
            }
        }
        if profile { Threading.setprofile(hook) } else { Threading.settrace(hook) }
    }

    /// Calls the calling thread's hooks for the call of `function` (just entered), unless a hook is running.
    static func call(_ function: PyFunction, in frames: PyFrames) throws {
        try notify(function, event: "call", argument: .None, in: frames, trace: true)
    }

    /// Calls the calling thread's profile hook for the return of `function` with `result`.
    static func return_(_ function: PyFunction, result: PyObject, in frames: PyFrames) throws {
        try notify(function, event: "return", argument: result, in: frames, trace: false)
    }

    private static func notify(
        _ function: PyFunction, event: String, argument: PyObject, in frames: PyFrames, trace: Bool
    ) throws {
        guard !frames.inHook else { return }
        let hooks = [trace ? frames.traceHook : nil, frames.profileHook].compactMap { $0 }
        guard !hooks.isEmpty else { return }
        frames.inHook = true
        defer { frames.inHook = false }
        let frame = PyObject(ref: PyInstance(cls: PyTypes.frame, native: PyFrameInfo(function: function)))
        for hook in hooks { try hook.call([frame, PyObject(event), argument]) }
    }
}

/// What a hook's `frame` argument tells: the function's code object (`f_code.co_name`, `f_code.co_filename`) and its
/// module's globals (`f_globals`, the object `globals()` returns there).
final class PyFrameInfo: @unchecked Sendable {
    let function: PyFunction
    init(function: PyFunction) { self.function = function }
}

extension PyTypes {
    /// The `frame` objects trace and profile functions receive.
    static let frame: PyType = {
        let type = PyType(builtin: "frame", base: object)
        type.getter("f_code") { object in
            guard let info = object.native(PyFrameInfo.self) else { return .None }
            return PyObject(ref: PyInstance(cls: code, native: info))
        }
        type.getter("f_globals") { object in
            guard let module = object.native(PyFrameInfo.self)?.function.source?.globals else { return .None }
            return PyObject(ref: module)
        }
        return type
    }()

    /// The `code` object of a frame: `co_name`, `co_qualname`, `co_filename`.
    static let code: PyType = {
        let type = PyType(builtin: "code", base: object)
        func function(_ object: PyObject) -> PyFunction? { object.native(PyFrameInfo.self)?.function }
        type.getter("co_name") { PyObject(function($0)?.name ?? "") }
        type.getter("co_qualname") { PyObject(function($0)?.qualname ?? "") }
        type.getter("co_filename") { PyObject(function($0)?.source?.file ?? "<cell>") }
        return type
    }()
}
