/// Python's `threading` module as a namespace, for ports that keep the module prefix:
/// `threading.Thread(target: worker)`, `threading.currentThread()`, `threading.Lock()`.
public enum threading {
    public typealias Thread = Threading.Thread
    public typealias Timer = Threading.Timer
    public typealias Lock = Threading.Lock
    public typealias RLock = Threading.RLock
    public typealias Condition = Threading.Condition
    public typealias Semaphore = Threading.Semaphore
    public typealias BoundedSemaphore = Threading.BoundedSemaphore
    public typealias Event = Threading.Event
    public typealias Barrier = Threading.Barrier
    public typealias BrokenBarrierError = Threading.BrokenBarrierError
    public typealias local = Threading.local

    public static func currentThread() -> Thread { Threading.currentThread() }
    public static func current_thread() -> Thread { Threading.currentThread() }
    public static func mainThread() -> Thread { Threading.mainThread() }
    public static func main_thread() -> Thread { Threading.mainThread() }
    public static func enumerate() -> [Thread] { Threading.enumerate() }
    public static func activeCount() -> Int { Threading.activeCount() }
    public static func active_count() -> Int { Threading.activeCount() }
    public static func getIdent() -> Int { Threading.getIdent() }
    public static func get_ident() -> Int { Threading.getIdent() }
    public static func getNativeId() -> Int { Threading.getNativeId() }
    public static func setTrace(_ function: TraceFunction?) { Threading.setTrace(function) }
    public static func setProfile(_ function: TraceFunction?) { Threading.setProfile(function) }
    public static func getTrace() -> TraceFunction? { Threading.getTrace() }
    public static func getProfile() -> TraceFunction? { Threading.getProfile() }
    public static var excepthook: ExceptHook {
        get { Threading.excepthook }
        set { Threading.excepthook = newValue }
    }
    public static let TIMEOUT_MAX = Threading.TIMEOUT_MAX
}
