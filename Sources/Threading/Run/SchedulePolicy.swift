/// How the simulated runtime chooses the next thread.
@_spi(Harness) public enum SchedulePolicy: Sendable, Equatable {
    /// CPython's usual order: a running thread keeps going until it blocks, the ready queue is FIFO, a started thread
    /// joins its back (its starter waits until it runs, so threads woken before the `start()` run first, as CPython
    /// hands its GIL on), equal deadlines wake in the order they were set. Replay string `default`.
    case cpythonDefault
    /// At every scheduling point, a seeded random choice among the running and ready threads. Replay string `r<seed>`.
    case random(seed: UInt64)
    /// PCT: seeded random thread priorities with two priority change points. Replay string `p<seed>`.
    case pct(seed: UInt64)
    /// Replays a schedule string from `RunResult.schedule` (`default`, `r42`, `p42`, or `c` + dot-separated choices).
    case replay(String)
}
