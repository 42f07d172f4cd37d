/// Python's `time` module, on the run's clock: virtual in the simulated runtime (so `sleep` costs no wall time and
/// `time()` starts at 2026-01-01 00:00:00 UTC), real otherwise.
public enum time {
    /// Blocks the calling thread for `seconds` (a scheduling point even for 0). Negative is a programming error
    /// (Python's ValueError "sleep length must be non-negative").
    public static func sleep(_ seconds: Double) {
        precondition(seconds >= 0, "ValueError: sleep length must be non-negative")
        park(for: seconds, unwinding: false)
    }

    /// `sleep` for translated code: a thread still sleeping when its run ends is unwound (`RunEnded` is thrown), so
    /// that a daemon's frames let go of the run.
    static func sleepOrUnwind(_ seconds: Double) throws {
        park(for: seconds, unwinding: true)
        // The thread's world borrowed from its core (`Context.world` would retain and release it).
        if try Context.withBound({ try $0.world.runtime.control.unwindIfEnded() }) == nil {
            try Context.world.runtime.control.unwindIfEnded()
        }
    }

    /// Parks the calling thread for `seconds`; `unwinding`: a thread left sleeping when the run ends is resumed, to
    /// be unwound by its caller.
    private static func park(for seconds: Double, unwinding: Bool) {
        // The calling thread's core borrowed: `Context.world` and `Context.current` each cost a retain and a release
        // (every item of a worker loop sleeps).
        if Context.withBound({ park($0, for: seconds, unwinding: unwinding) }) == nil {
            park(Context.current, for: seconds, unwinding: unwinding)
        }
    }

    /// `park(for:unwinding:)` of the calling thread, `core`.
    private static func park(_ core: ThreadCore, for seconds: Double, unwinding: Bool) {
        let world = core.world
        world.schedulingPoint()
        let label: String
        if let last = core.lastSleep, last.seconds.bitPattern == seconds.bitPattern {
            label = last.label
        } else {
            label = "sleep \(pythonFloat(seconds))"
            core.lastSleep = (seconds, label)
        }
        let waiter = Waiter(core: core, reason: BlockReason(label, failsByThrowing: unwinding), notifiable: false)
        let runtime = world.runtime
        _ = runtime.park(waiter, deadline: runtime.now + seconds)
    }

    /// Seconds since the Unix epoch (`time.time()`).
    public static func time() -> Double {
        let world = Context.world
        world.schedulingPoint()
        return world.runtime.wallTime()
    }

    /// Nanoseconds since the Unix epoch (`time.time_ns()`).
    public static func time_ns() -> Int64 {
        let world = Context.world
        world.schedulingPoint()
        return world.runtime.wallTimeNanoseconds()
    }

    /// A clock that never goes back (`time.monotonic()`): seconds since the run began.
    public static func monotonic() -> Double {
        let world = Context.world
        world.schedulingPoint()
        return world.runtime.now
    }

    /// `time.perf_counter()`.
    public static func perf_counter() -> Double { monotonic() }

    /// `time.ctime(secs)`: `Thu Jan  1 00:00:00 2026` (now when nil).
    public static func ctime(_ seconds: Double? = nil) -> String {
        localTime(seconds ?? time()).format("%a %b %e %H:%M:%S %Y")
    }

    /// `time.strftime(format, time.localtime(secs))` (now when nil).
    public static func strftime(_ format: String, _ seconds: Double? = nil) -> String {
        localTime(seconds ?? time()).format(format)
    }

    /// Local time: UTC in the simulated runtime, the machine's zone in the real one.
    static func localTime(_ seconds: Double) -> CivilTime {
        CivilTime(epochSeconds: seconds, utcOffset: Context.world.runtime.utcOffset(at: seconds))
    }
}
