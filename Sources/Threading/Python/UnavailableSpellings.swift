/// camelCase spellings Python never had (or no longer has): a port that uses one fails to compile with
/// "'taskDone()' has been renamed to 'task_done()'", naming the Python spelling `Threading` uses. (The aliases
/// CPython still has, deprecated, are in `DeprecatedAliases.swift`.)

@available(*, unavailable, renamed: "main_thread()")
public func mainThread() -> Thread { fatalError("unavailable") }
@available(*, unavailable, renamed: "get_ident()")
public func getIdent() -> Int { fatalError("unavailable") }
@available(*, unavailable, renamed: "get_native_id()")
public func getNativeId() -> Int { fatalError("unavailable") }
@available(*, unavailable, renamed: "settrace(_:)")
public func setTrace(_ function: TraceFunction?) { fatalError("unavailable") }
@available(*, unavailable, renamed: "gettrace()")
public func getTrace() -> TraceFunction? { fatalError("unavailable") }
@available(*, unavailable, renamed: "setprofile(_:)")
public func setProfile(_ function: TraceFunction?) { fatalError("unavailable") }
@available(*, unavailable, renamed: "getprofile()")
public func getProfile() -> TraceFunction? { fatalError("unavailable") }

extension threading {
    @available(*, unavailable, renamed: "main_thread()")
    public static func mainThread() -> Thread { fatalError("unavailable") }
    @available(*, unavailable, renamed: "get_ident()")
    public static func getIdent() -> Int { fatalError("unavailable") }
    @available(*, unavailable, renamed: "get_native_id()")
    public static func getNativeId() -> Int { fatalError("unavailable") }
    @available(*, unavailable, renamed: "settrace(_:)")
    public static func setTrace(_ function: TraceFunction?) { fatalError("unavailable") }
    @available(*, unavailable, renamed: "gettrace()")
    public static func getTrace() -> TraceFunction? { fatalError("unavailable") }
    @available(*, unavailable, renamed: "setprofile(_:)")
    public static func setProfile(_ function: TraceFunction?) { fatalError("unavailable") }
    @available(*, unavailable, renamed: "getprofile()")
    public static func getProfile() -> TraceFunction? { fatalError("unavailable") }
}

extension Thread {
    @available(*, unavailable, renamed: "is_alive()")
    public var isAlive: Bool { fatalError("unavailable") }
    @available(*, unavailable, renamed: "native_id")
    public var nativeId: Int? { fatalError("unavailable") }
}

extension Condition {
    @available(*, unavailable, renamed: "wait_for(timeout:_:)")
    public func waitFor(timeout: Double? = nil, _ predicate: () throws -> Bool) throws -> Bool {
        fatalError("unavailable")
    }
}

extension Barrier {
    @available(*, unavailable, renamed: "n_waiting")
    public var nWaiting: Int { fatalError("unavailable") }
}

extension RLock {
    @available(*, unavailable, renamed: "_recursion_count()")
    public func recursionCount() -> Int { fatalError("unavailable") }
}

extension Queue {
    @available(*, unavailable, renamed: "put_nowait(_:)")
    public func putNowait(_ item: Element) throws { fatalError("unavailable") }
    @available(*, unavailable, renamed: "get_nowait()")
    public func getNowait() throws -> Element { fatalError("unavailable") }
    @available(*, unavailable, renamed: "task_done()")
    public func taskDone() throws { fatalError("unavailable") }
}

extension ExceptHookArgs {
    @available(*, unavailable, renamed: "exc_type")
    public var excType: String { fatalError("unavailable") }
    @available(*, unavailable, renamed: "exc_value")
    public var excValue: any Error { fatalError("unavailable") }
    @available(*, unavailable, renamed: "exc_traceback")
    public var excTraceback: String? { fatalError("unavailable") }
}

extension time {
    @available(*, unavailable, renamed: "time_ns()")
    public static func timeNs() -> Int64 { fatalError("unavailable") }
    @available(*, unavailable, renamed: "perf_counter()")
    public static func perfCounter() -> Double { fatalError("unavailable") }
}
