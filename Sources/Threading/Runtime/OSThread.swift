import CThreadingShims

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A cheap identity of the calling Python thread, used for lock ownership: the running fiber's (simulated runtime),
/// else the OS thread's pthread handle.
@inline(__always) func currentOSThread() -> UInt {
    let fiber = cthreading_current_identity()
    return fiber != 0 ? UInt(fiber) : UInt(bitPattern: Int(bitPattern: UInt(pthread_self())))
}

/// Runs `body` on a new OS thread.
@discardableResult
func spawnOSThread(detached: Bool, _ body: @escaping @Sendable () -> Void) -> pthread_t {
    final class Box {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    var attr = pthread_attr_t()
    pthread_attr_init(&attr)
    if detached { pthread_attr_setdetachstate(&attr, Int32(PTHREAD_CREATE_DETACHED)) }
    var handle = pthread_t()
    let rc = pthread_create(
        &handle, &attr,
        { raw in
            Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }, box)
    pthread_attr_destroy(&attr)
    precondition(rc == 0, "pthread_create failed (\(rc))")
    return handle
}

/// Ends the calling OS thread at once (the real runtime's abandoned threads; their frames are not unwound).
func exitOSThread() -> Never {
    pthread_exit(nil)
}
