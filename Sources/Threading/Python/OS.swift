/// The parts of Python's `os` module that concurrency code reads.
public enum os {
    /// The number of CPUs a simulated run reports from `os.cpu_count()`: fixed, so a page renders the same on every
    /// machine (and a default `ThreadPoolExecutor` has `min(32, 2 + 4)` = 6 workers), and equal to the 2-core machine
    /// docgen's CPython recordings are made on.
    public static let simulatedCPUCount = 2

    /// `os.cpu_count()`: the machine's online CPUs in the real runtime, `simulatedCPUCount` in the simulated one.
    public static func cpu_count() -> Int? { Context.world.runtime.cpuCount }

    /// `os.getpid()` (a fixed number in the simulated runtime).
    public static func getpid() -> Int { Context.world.runtime.processID }
}
