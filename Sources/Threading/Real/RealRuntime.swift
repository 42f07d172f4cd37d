import CThreadingShims
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The real runtime: every Python thread is a pthread scheduled by the OS, time is the monotonic clock, and a parked
/// thread sleeps on its own condition variable until notified or timed out.
final class RealRuntime: Runtime, @unchecked Sendable {
    private let recorder: TraceRecorder
    private let start = monotonicSeconds()
    let isAmbient: Bool
    let control = RunControl(seesEveryOperation: false)
    private let lock = InternalLock(tracked: false)
    private let doneCond = ConditionVariable()
    private var cores: [ThreadCore] = []
    private var outcome: RunOutcome?

    init(recorder: TraceRecorder, ambient: Bool = false) {
        self.recorder = recorder
        self.isAmbient = ambient
    }

    var scheduleString: String { "real" }
    var now: Double { monotonicSeconds() - start }
    func wallTime() -> Double { wallClockSeconds() }

    func wallTimeNanoseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1_000_000_000 + Int64(ts.tv_nsec)
    }

    var processID: Int { Int(getpid()) }
    var madeUpAddresses: Bool { false }

    var cpuCount: Int? {
        let count = sysconf(Int32(_SC_NPROCESSORS_ONLN))
        return count > 0 ? count : nil
    }

    func utcOffset(at seconds: Double) -> Int {
        var t = time_t(seconds)
        var parts = tm()
        localtime_r(&t, &parts)
        return Int(parts.tm_gmtoff)
    }

    func assignIdentity(_ core: ThreadCore) {
        core.ident = Int(bitPattern: UInt(pthread_self()))
        core.nativeId = cthreading_gettid()
    }

    @inline(__always) func reachSchedulingPoint() {
        if control.hasEnded { abandonIfOurs() }
    }

    func park(_ waiter: Waiter, deadline: Double?) -> Bool {
        let me = waiter.core
        if recorder.recordsLifecycle { recorder.record(time: now, core: me, .blocked(on: waiter.reason.what)) }
        me.parkLock.lock()
        while waiter.isWaiting {
            if control.hasEnded {
                me.parkLock.unlock()
                abandonIfOurs()
                return waiter.wasNotified
            }
            if let deadline {
                let timedOut = me.parkCond.wait(me.parkLock, untilMonotonic: start + deadline)
                if timedOut && monotonicSeconds() >= start + deadline && waiter.tryTimeOut() { break }
            } else {
                me.parkCond.wait(me.parkLock)
            }
        }
        me.parkLock.unlock()
        if recorder.recordsLifecycle { recorder.record(time: now, core: me, .woke) }
        return waiter.wasNotified
    }

    func unpark(_ waiter: Waiter) {
        let core = waiter.core
        core.parkLock.lock()
        core.parkCond.signal()
        core.parkLock.unlock()
    }

    func launch(_ core: ThreadCore, body: @escaping @Sendable () -> Void) {
        if !isAmbient { lock.withLock { cores.append(core) } }
        spawnOSThread(detached: true) {
            Context.bind(core)
            body()
        }
    }

    func threadExiting(_ core: ThreadCore) {
        recorder.record(time: now, core: core, .exited)
    }

    func finish(_ outcome: RunOutcome) {
        let all = lock.withLock { () -> [ThreadCore] in
            if self.outcome == nil { self.outcome = outcome }
            control.ended.store(true, ordering: .relaxed)
            recorder.close()
            doneCond.broadcast()
            return cores
        }
        // Wake every parked thread so abandoned daemons notice the end and stop.
        for core in all {
            core.parkLock.lock()
            core.parkCond.signal()
            core.parkLock.unlock()
        }
    }

    /// Blocks the caller until the main thread has finished the run.
    func waitForEnd() -> RunOutcome {
        lock.withLock {
            while !control.hasEnded { doneCond.wait(lock) }
            return outcome ?? .completed
        }
    }

    private func abandonIfOurs() {
        if let core = Context.bound, core.world.runtime === self, core.thread?.isMainThread == false {
            exitOSThread()
        }
    }
}
