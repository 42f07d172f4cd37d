/// The runtime's view of one Python thread: identity, name, and the per-thread parking/baton machinery.
///
/// Fields marked "scheduler" are guarded by the simulated runtime's lock; `parkLock` guards real-runtime parking.
final class ThreadCore: @unchecked Sendable {
    let index: Int
    let world: World
    private let nameLock = InternalLock()
    private var _name: String
    /// The `Thread` object, cleared when the run is torn down to break the reference cycle.
    var thread: Thread?
    /// This thread's `currentOSThread()` identity, 0 until bound.
    var osThread: UInt = 0
    var ident: Int?
    var nativeId: Int?
    /// Per-thread values of `local` objects, touched only by this thread.
    var locals: [ObjectIdentifier: [String: Any]] = [:]
    /// The thread's Python frames (`PyFrames.current`), touched only by this thread.
    let pyFrames = PyFrames()
    /// The last `sleep` label this thread made (`sleep 0.2`), reused while it sleeps the same time; only it touches this.
    var lastSleep: (seconds: Double, label: String)?
    /// The text around the message of the last log record this thread formatted; only it touches this.
    var recordPrefix: RecordPrefix?

    // Real runtime parking.
    let parkLock = InternalLock(tracked: false)
    let parkCond = ConditionVariable()

    // Simulated runtime (scheduler lock).
    /// The user-level thread this thread runs on; freed by the runtime when the run is over.
    var fiber: OpaquePointer?
    var finished = false
    var blockedOn: Waiter?
    /// Left for good when its run ended (suspended where it can never be resumed).
    var abandoned = false

    init(index: Int, name: String, world: World) {
        self.index = index
        self._name = name
        self.world = world
    }

    var name: String {
        get { nameLock.withReadLock { _name } }
        set { nameLock.withLock { _name = newValue } }
    }
}
