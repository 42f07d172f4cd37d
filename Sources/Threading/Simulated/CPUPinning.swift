import CThreadingShims
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Spreads simulated runs over the CPUs the process may use: all threads of one run share one CPU, so handing the
/// baton is a cheap same-core switch, while runs side by side use different cores.
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
        let n = counter.wrappingAdd(1, ordering: .relaxed).oldValue
        return cpus[n % cpus.count]
    }
}
