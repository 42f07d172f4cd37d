/// The seam between the primitives and the two runtimes (real OS scheduling, or the deterministic simulation).
///
/// Primitives keep their own state under their own `InternalLock` and talk to the runtime only through this protocol:
/// they reach a `SchedulingPoint` first in every operation, and block by `park`ing a `Waiter` that another thread
/// claims (`WaitQueue.take`) and `unpark`s, or that the runtime times out at `deadline`.
protocol Runtime: AnyObject, Sendable {
    /// What `SchedulingPoint` checks inline before it calls `reachSchedulingPoint()`.
    var control: RunControl { get }
    /// Seconds since the run began: virtual in the simulation, monotonic in the real runtime.
    var now: Double { get }
    /// `time.time()`: seconds since the Unix epoch at `now`.
    func wallTime() -> Double
    /// `time.time_ns()`: nanoseconds since the Unix epoch at `now` (exact, unlike the float seconds).
    func wallTimeNanoseconds() -> Int64
    /// Seconds east of UTC of local time at `seconds` since the epoch (0 in the simulation: its clock is UTC).
    func utcOffset(at seconds: Double) -> Int
    /// `os.getpid()` (a fixed number in the simulation).
    var processID: Int { get }
    /// `os.cpu_count()` (a fixed number in the simulation, so a page renders the same on every machine).
    var cpuCount: Int? { get }
    /// Whether Python's `id()` gives made-up addresses, numbered in the order asked, so that reprs are the same on
    /// every run (the simulation); else objects' real addresses.
    var madeUpAddresses: Bool { get }
    /// A scheduling point, called through `SchedulingPoint` (at the start of every primitive operation when `control`
    /// sees every operation, else once the run has ended): the simulation may switch threads here.
    func reachSchedulingPoint()
    /// Blocks the calling thread (the waiter's) until the waiter is notified (true) or `deadline` (in `now` seconds)
    /// passes (false). Must be called without holding any `InternalLock`.
    func park(_ waiter: Waiter, deadline: Double?) -> Bool
    /// Makes the thread of an already claimed (`tryNotify`) waiter runnable again.
    func unpark(_ waiter: Waiter)
    /// Starts an OS thread for `core` that runs `body`; in the simulation the new thread gets the baton at once, or
    /// (default schedule) joins the back of the ready queue.
    func launch(_ core: ThreadCore, body: @escaping @Sendable () -> Void)
    /// Gives `core` its `ident` and `nativeId`; called by the thread itself when it starts.
    func assignIdentity(_ core: ThreadCore)
    /// The thread `core` is finished (its joiners are already woken); records `.exited` and passes the baton on.
    func threadExiting(_ core: ThreadCore)
    /// The main thread is done (non-daemon threads joined): ends the run with `outcome`, abandoning the rest.
    func finish(_ outcome: RunOutcome)
    /// The replay string for this run.
    var scheduleString: String { get }
}

extension Runtime {
    /// A deadline `timeout` seconds from now, or nil for "forever" (inline: an acquire without a timeout reads no clock).
    @inline(__always) func deadline(after timeout: Double?) -> Double? {
        guard let timeout else { return nil }
        return now + max(timeout, 0)
    }
}
