/// What `threading.excepthook` receives about an error that escaped a thread's `run()`; callers may make one to call
/// the hook themselves (`try threading.excepthook(ExceptHookArgs(exc_value: error, thread: t))`).
public struct ExceptHookArgs: Sendable {
    /// `exc_type.__name__`: `ValueError`, `RuntimeError`, or the Swift type name.
    public let exc_type: String
    /// The error itself.
    public let exc_value: any Error
    /// The traceback's frame lines (Swift has no Python frames, so an escaped error has none: ""), or nil for no
    /// traceback at all: then the hook prints no `Traceback (most recent call last):` header, as CPython does.
    public let exc_traceback: String?
    /// The thread whose `run()` threw; nil prints the calling thread's `get_ident()` instead of a name.
    public let thread: Thread?

    /// CPython's `ExceptHookArgs([exc_type, exc_value, exc_traceback, thread])`; `exc_type` nil is the error's own
    /// type name.
    public init(exc_type: String? = nil, exc_value: any Error, exc_traceback: String? = nil, thread: Thread? = nil) {
        self.exc_type = exc_type ?? pythonTypeName(exc_value)
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread
    }
}

/// The type of `threading.excepthook`.
public typealias ExceptHook = @Sendable (ExceptHookArgs) throws -> Void

/// The type of `settrace`/`setprofile` functions: called with an event name (`"call"` when a thread starts) and the
/// thread.
public typealias TraceFunction = @Sendable (_ event: String, _ thread: Thread) -> Void

/// CPython's default hook: `Exception in thread NAME:`, the traceback (when there is one) and `Type: message` on
/// stderr; SystemExit is silent.
let defaultExcepthook: ExceptHook = { args in
    if args.exc_value is SystemExit { return }
    if let error = args.exc_value as? PyError, error.matches(py.SystemExit) { return }
    let name = args.thread?.name ?? String(get_ident())
    Context.world.write(
        "Exception in thread \(name):\n" + traceback(args.exc_traceback) + pythonErrorLine(args.exc_value) + "\n",
        to: .stderr)
}

/// The `Traceback (most recent call last):` header and frame lines (each ending in a newline) for `frames`, or
/// nothing when there is no traceback.
func traceback(_ frames: String?) -> String {
    guard let frames else { return "" }
    return "Traceback (most recent call last):\n" + frames
}

extension World {
    /// Hands an error that escaped `thread.run()` to the excepthook; if the hook itself throws, reports that error
    /// as CPython does ("Exception in threading.excepthook:" then `sys.excepthook`'s traceback).
    func reportUncaught(_ error: any Error, in thread: Thread) {
        let args = ExceptHookArgs(exc_value: error, exc_traceback: pythonTracebackFrames(error) ?? "", thread: thread)
        do {
            try excepthook(args)
        } catch let hookError {
            write(
                "Exception in threading.excepthook:\n" + traceback("") + pythonErrorLine(hookError) + "\n",
                to: .stderr)
        }
    }
}
