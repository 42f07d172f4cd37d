#if canImport(Glibc)
    import Glibc
#endif

/// Seconds on the monotonic clock.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Wall seconds `body` takes; the best of `repeats` runs (less noise from the other builds on this machine).
func bestTime(repeats: Int = 3, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<repeats {
        let start = now()
        body()
        best = min(best, now() - start)
    }
    return best
}

/// Prints one benchmark line in the agreed format.
func report(_ name: String, ours: Double, baseline: Double?, unit: String) {
    guard let baseline else {
        Swift.print("bench \(name): ours=\(format(ours)) baseline=skipped ratio=n/a  # \(unit); python3 not found")
        return
    }
    Swift.print("bench \(name): ours=\(format(ours)) baseline=\(format(baseline)) ratio=\(format(ours / baseline))")
}

private func format(_ value: Double) -> String {
    if value >= 1000 { return String(Int(value.rounded())) }
    let scaled = (value * 1000).rounded() / 1000
    return String(scaled)
}

/// Runs `body` on `count` OS threads at once and waits for all.
func onThreads(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
    final class Box: @unchecked Sendable {
        let body: @Sendable (Int) -> Void
        let index: Int
        init(_ body: @escaping @Sendable (Int) -> Void, _ index: Int) {
            self.body = body
            self.index = index
        }
    }
    var handles: [pthread_t] = []
    for i in 0..<count {
        var handle = pthread_t()
        let box = Unmanaged.passRetained(Box(body, i)).toOpaque()
        pthread_create(
            &handle, nil,
            { raw in
                let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
                box.body(box.index)
                return nil
            }, box)
        handles.append(handle)
    }
    for handle in handles { pthread_join(handle, nil) }
}
