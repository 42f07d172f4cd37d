#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which thread (and so which run) the calling OS thread is: a thread-local pointer to its `ThreadCore`.
enum Context {
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { raw in
            if let raw { Unmanaged<ThreadCore>.fromOpaque(raw).release() }
        }
        return key
    }()

    /// Binds the calling OS thread to `core` for the rest of its life.
    static func bind(_ core: ThreadCore) {
        core.osThread = currentOSThread()
        if let old = pthread_getspecific(key) { Unmanaged<ThreadCore>.fromOpaque(old).release() }
        pthread_setspecific(key, Unmanaged.passRetained(core).toOpaque())
    }

    /// The calling thread's core, if it belongs to a run (or was already adopted by the ambient world).
    static var bound: ThreadCore? {
        guard let raw = pthread_getspecific(key) else { return nil }
        return Unmanaged<ThreadCore>.fromOpaque(raw).takeUnretainedValue()
    }

    /// The calling thread's core; a thread outside any run is adopted by the ambient (real) world.
    static var current: ThreadCore {
        if let core = bound { return core }
        let core = World.ambient.adoptForeignThread()
        bind(core)
        return core
    }

    /// The world of the calling thread: where new primitives belong.
    static var world: World { current.world }
}

/// A cheap identity of the calling OS thread (its pthread handle), used for lock ownership.
@inline(__always) func currentOSThread() -> UInt {
    UInt(bitPattern: Int(bitPattern: UInt(pthread_self())))
}

/// Runs `body` on a new OS thread.
@discardableResult
func spawnOSThread(detached: Bool, _ body: @escaping @Sendable () -> Void) -> pthread_t {
    final class Box { let body: @Sendable () -> Void; init(_ body: @escaping @Sendable () -> Void) { self.body = body } }
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    if detached { pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED)) }
    var handle = pthread_t()
    let rc = pthread_create(&handle, &attr, { raw in
        Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue().body()
        return nil
    }, box)
    pthread_attr_destroy(&attr)
    precondition(rc == 0, "pthread_create failed (\(rc))")
    return handle
}

/// Ends the calling OS thread at once (used for abandoned threads; their frames are not unwound).
func exitOSThread() -> Never {
    pthread_exit(nil)
}
