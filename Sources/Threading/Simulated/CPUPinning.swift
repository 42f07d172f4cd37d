import CThreadingShims
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps all threads of one simulated run on one CPU, so handing the baton is a cheap same-core switch, and spreads
/// runs over the allowed CPUs: round robin within a process, starting at an offset from the process id so that
/// processes started side by side (docgen's `--jobs` children) begin on different cores.
enum CPUPinning {
    private static let counter = Atomic<Int>(0)

    private static let cpus: [Int32] = {
        var buffer = [Int32](repeating: 0, count: 1_024)
        let count = Int(cthreading_allowed_cpus(&buffer, Int32(buffer.count)))
        return Array(buffer.prefix(count))
    }()

    /// The CPU for the next run, or nil when pinning is off (`THREADING_NO_PIN` set) or impossible.
    static func next() -> Int32? {
        guard getenv("THREADING_NO_PIN") == nil, !cpus.isEmpty else { return nil }
        let n = counter.wrappingAdd(1, ordering: .relaxed).oldValue + Int(getpid())
        return cpus[n % cpus.count]
    }
}
