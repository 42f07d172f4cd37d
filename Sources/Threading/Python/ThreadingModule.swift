/// Python's `threading` module as a namespace, for ports that keep the module prefix:
/// `threading.Thread(target: worker)`, `threading.current_thread()`, `threading.Lock()`.
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
    public typealias ExceptHookArgs = Threading.ExceptHookArgs
    public typealias local = Threading.local

    public static func current_thread() -> Thread { Threading.current_thread() }
    public static func main_thread() -> Thread { Threading.main_thread() }
    public static func enumerate() -> [Thread] { Threading.enumerate() }
    public static func active_count() -> Int { Threading.active_count() }
    public static func get_ident() -> Int { Threading.get_ident() }
    public static func get_native_id() -> Int { Threading.get_native_id() }
    public static func settrace(_ function: TraceFunction?) { Threading.settrace(function) }
    public static func setprofile(_ function: TraceFunction?) { Threading.setprofile(function) }
    public static func gettrace() -> TraceFunction? { Threading.gettrace() }
    public static func getprofile() -> TraceFunction? { Threading.getprofile() }
    public static var excepthook: ExceptHook {
        get { Threading.excepthook }
        set { Threading.excepthook = newValue }
    }
    public static let TIMEOUT_MAX = Threading.TIMEOUT_MAX
}
