#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
    /// The OS thread running this Python thread (`currentOSThread()`), 0 until bound.
    var osThread: UInt = 0
    var ident: Int?
    var nativeId: Int?
    /// Per-thread values of `local` objects, touched only by this thread.
    var locals: [ObjectIdentifier: [String: Any]] = [:]

    // Real runtime parking.
    let parkLock = InternalLock()
    let parkCond = ConditionVariable()

    // Simulated runtime (scheduler lock).
    /// Posted exactly once each time this thread is handed the baton (or abandoned).
    let baton = BatonSemaphore()
    var finished = false
    var abandoned = false
    var blockedOn: Waiter?
    var pthread: pthread_t?

    init(index: Int, name: String, world: World) {
        self.index = index
        self._name = name
        self.world = world
    }

    var name: String {
        get { nameLock.withLock { _name } }
        set { nameLock.withLock { _name = newValue } }
    }
}
