import CThreadingShims

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which thread (and so which run) the caller is: the running fiber's `ThreadCore` in the simulated runtime, else a
/// thread-local pointer bound to the OS thread.
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
        if let fiber = cthreading_current_core() {
            return Unmanaged<ThreadCore>.fromOpaque(fiber).takeUnretainedValue()  // the runtime keeps it alive
        }
        guard let raw = pthread_getspecific(key) else { return nil }
        return Unmanaged<ThreadCore>.fromOpaque(raw).takeUnretainedValue()
    }

    /// `body(core)` with the calling thread's core borrowed (not retained), or nil when the thread belongs to no run:
    /// for hot paths (every shared access of translated code, every `at(N)`), where `bound`'s strong reference would
    /// cost a retain and a release. Safe because the core outlives the call: a fiber's core is kept alive by its
    /// runtime while the fiber runs (it is running this code), an OS thread's by the thread-specific reference `bind`
    /// took, which is released only when that thread exits.
    @inline(__always)
    static func withBound<R>(_ body: (ThreadCore) throws -> R) rethrows -> R? {
        if let fiber = cthreading_current_core() {
            return try Unmanaged<ThreadCore>.fromOpaque(fiber)._withUnsafeGuaranteedRef(body)
        }
        guard let raw = pthread_getspecific(key) else { return nil }
        return try Unmanaged<ThreadCore>.fromOpaque(raw)._withUnsafeGuaranteedRef(body)
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
