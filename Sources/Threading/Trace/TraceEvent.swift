/// One thing that happened during a run, stamped with the (virtual or real) time and the thread that did it.
@_spi(Harness) public struct TraceEvent: Sendable, Equatable, Hashable {
    /// What happened.
    public enum Kind: Sendable, Equatable, Hashable {
        /// The thread began running its target (or `run`).
        case started
        /// The thread wrote `text` to `stream`; `text` is exactly the bytes the program printed (newline included).
        case output(StdStream, String)
        /// The thread blocked; `on` says on what, e.g. `Lock#2`, `Event#1`, `Queue#1.get`, `join Thread-1`,
        /// `sleep 1.0`.
        case blocked(on: String)
        /// The thread became runnable again after blocking.
        case woke
        /// The thread finished (returned, or its error went to `excepthook`).
        case exited
    }

    /// Seconds since the run began: virtual time in the simulated runtime, wall time in the real one.
    public var time: Double
    /// A small number unique to the thread within the run: 0 for the main thread, then 1, 2, … in creation order.
    public var threadIndex: Int
    /// The thread's name when the event happened (`MainThread`, `Thread-1 (worker)`, …).
    public var threadName: String
    public var kind: Kind

    public init(time: Double, threadIndex: Int, threadName: String, kind: Kind) {
        self.time = time
        self.threadIndex = threadIndex
        self.threadName = threadName
        self.kind = kind
    }
}
