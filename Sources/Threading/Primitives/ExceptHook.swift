/// What `threading.excepthook` receives about an error that escaped a thread's `run()`.
public struct ExceptHookArgs: Sendable {
    /// `exc_type.__name__`: `ValueError`, `RuntimeError`, or the Swift type name.
    public let exc_type: String
    /// The error itself.
    public let exc_value: any Error
    /// Always nil: Swift has no Python traceback.
    public let exc_traceback: String?
    /// The thread whose `run()` threw.
    public let thread: Thread?
}

/// The type of `threading.excepthook`.
public typealias ExceptHook = @Sendable (ExceptHookArgs) throws -> Void

/// The type of `settrace`/`setprofile` functions: called with an event name (`"call"` when a thread starts) and the
/// thread.
public typealias TraceFunction = @Sendable (_ event: String, _ thread: Thread) -> Void

/// CPython's default hook: `Exception in thread NAME:` then `Type: message` on stderr; SystemExit is silent.
let defaultExcepthook: ExceptHook = { args in
    if args.exc_value is SystemExit { return }
    let name = args.thread?.name ?? "?"
    Context.world.write("Exception in thread \(name):\n\(pythonErrorLine(args.exc_value))\n", to: .stderr)
}

extension World {
    /// Hands an error that escaped `thread.run()` to the excepthook; if the hook itself throws, reports both as
    /// CPython does ("Exception in threading.excepthook:").
    func reportUncaught(_ error: any Error, in thread: Thread) {
        let args = ExceptHookArgs(exc_type: pythonTypeName(error), exc_value: error, exc_traceback: nil, thread: thread)
        do {
            try excepthook(args)
        } catch let hookError {
            write("Exception in threading.excepthook:\n\(pythonErrorLine(hookError))\n", to: .stderr)
        }
    }
}
