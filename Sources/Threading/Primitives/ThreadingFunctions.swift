/// Python's `threading.current_thread()`: the `Thread` object of the caller.
public func current_thread() -> Thread {
    Context.current.thread ?? Context.world.mainThread
}

/// Python's `threading.main_thread()`.
public func main_thread() -> Thread { Context.world.mainThread }

/// Python's `threading.enumerate()`: the main thread and every started, unfinished thread, in start order.
public func enumerate() -> [Thread] {
    let world = Context.world
    world.schedulingPoint()
    return [world.mainThread] + world.liveThreads
}

/// Python's `threading.active_count()`.
public func active_count() -> Int { enumerate().count }

/// Python's `threading.get_ident()`.
public func get_ident() -> Int { Context.current.ident ?? 0 }

/// Python's `threading.get_native_id()`.
public func get_native_id() -> Int { Context.current.nativeId ?? 0 }

/// Python's `threading.excepthook`: called with the error that escaped a thread's `run()`.
public var excepthook: ExceptHook {
    get { Context.world.excepthook }
    set { Context.world.excepthook = newValue }
}

/// Python's `threading.settrace(func)`: called with `"call"` in every thread started afterwards.
public func settrace(_ function: TraceFunction?) { Context.world.trace = function }
/// Python's `threading.gettrace()`.
public func gettrace() -> TraceFunction? { Context.world.trace }
/// Python's `threading.setprofile(func)`: called with `"call"` in every thread started afterwards.
public func setprofile(_ function: TraceFunction?) { Context.world.profile = function }
/// Python's `threading.getprofile()`.
public func getprofile() -> TraceFunction? { Context.world.profile }

/// Python's `threading.TIMEOUT_MAX`: the largest timeout a blocking call accepts.
public let TIMEOUT_MAX: Double = 9_223_372_036.0
