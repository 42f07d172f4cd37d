@_spi(Harness) import Threading

/// `make bench`: Threading against baselines measured in the same run, one `bench <name>: ours=… baseline=…
/// ratio=…` line each. Units: ns per operation (lower is better) or operations per second (higher is better).
@main
struct ThreadingBench {
    /// `ThreadingBench [lock|queue|sim]…` runs only those groups; no argument runs all.
    static func main() async {
        let groups = Set(CommandLine.arguments.dropFirst())
        let runs = { (group: String) in groups.isEmpty || groups.contains(group) }
        if runs("lock") {
            lockUncontended()
            await lockContended()
        }
        if runs("queue") { await queueProducerConsumer() }
        if runs("sim") {
            simulatedSchedulingPoints()
            seededSchedules()
        }
    }

    /// Lock acquire+release in one thread, ns per pair, vs pthread_mutex_lock/unlock. The two are timed in turns (41
    /// short rounds, the best of each kept), so load on a shared machine hits both alike and one quiet round of each
    /// is enough; both run in the real runtime's
    /// thread, so glibc cannot take its single-threaded shortcut (no atomics) for the baseline.
    static func lockUncontended() {
        let n = 500_000
        let raw = RawMutex()
        let times = Shared((ours: Double.infinity, baseline: Double.infinity))
        _ = runProgram(RunOptions(runtime: .real, recordsLifecycle: false)) {
            let lock = Lock()
            for _ in 0..<41 {
                let baseline = bestTime(repeats: 1) {
                    for _ in 0..<n {
                        raw.lock()
                        raw.unlock()
                    }
                }
                let ours = bestTime(repeats: 1) {
                    for _ in 0..<n {
                        lock.acquire()
                        try? lock.release()
                    }
                }
                times.value = (min(times.value.ours, ours), min(times.value.baseline, baseline))
            }
        }
        report(
            "lock-uncontended-ns-per-acquire-release", ours: times.value.ours / Double(n) * 1e9,
            baseline: times.value.baseline / Double(n) * 1e9, unit: "ns")
    }

    /// Two threads hammering one Lock, operations per second, vs a pthread mutex and vs CPython's threading.Lock.
    static func lockContended() async {
        let n = 1_000_000
        let raw = RawMutex()
        let baselineTime = bestTime {
            onThreads(2) { _ in
                for _ in 0..<n {
                    raw.lock()
                    raw.unlock()
                }
            }
        }
        let ours = Shared(0.0)
        _ = runProgram(RunOptions(runtime: .real, recordsLifecycle: false)) {
            let lock = Lock()
            let body = def("hammer") {
                for _ in 0..<n {
                    lock.acquire()
                    try lock.release()
                }
            }
            ours.value = bestTime {
                let threads = (0..<2).map { _ in Thread(target: body) }
                for t in threads { try? t.start() }
                for t in threads { try? t.join() }
            }
        }
        let oursRate = Double(2 * n) / ours.value
        report(
            "lock-contended-2-threads-ops-per-s-vs-pthread", ours: oursRate,
            baseline: Double(2 * n) / baselineTime, unit: "ops/s")
        report(
            "lock-contended-2-threads-ops-per-s-vs-cpython", ours: oursRate,
            baseline: await python(PythonPrograms.contendedLock(200_000)), unit: "ops/s")
    }

    /// One producer, one consumer, items per second, vs a mutex+condvar deque and vs CPython's queue.Queue.
    static func queueProducerConsumer() async {
        let n = 1_000_000
        let baselineTime = bestTime {
            let q = RawQueue()
            onThreads(2) { me in
                if me == 0 {
                    for i in 0..<n { q.put(i) }
                } else {
                    for _ in 0..<n { _ = q.get() }
                }
            }
        }
        let ours = Shared(0.0)
        _ = runProgram(RunOptions(runtime: .real, recordsLifecycle: false)) {
            ours.value = bestTime {
                let q = Queue<Int>()
                let consumer = Thread(
                    target: def("consumer") {
                        for _ in 0..<n { _ = try q.get() }
                    })
                try? consumer.start()
                for i in 0..<n { try? q.put(i) }
                try? consumer.join()
            }
        }
        let oursRate = Double(n) / ours.value
        report(
            "queue-1p1c-items-per-s-vs-mutex-condvar-deque", ours: oursRate, baseline: Double(n) / baselineTime,
            unit: "items/s")
        report(
            "queue-1p1c-items-per-s-vs-cpython", ours: oursRate,
            baseline: await python(PythonPrograms.queue(200_000)), unit: "items/s")
    }

    /// Simulated runtime: scheduling points per second when most points switch threads (two threads ping-ponging
    /// through a bounded queue), vs raw baton handoffs between two pinned pthreads; and when no point switches
    /// (one thread taking a lock), vs the 200,000/s target.
    static func simulatedSchedulingPoints() {
        let n = 100_000
        let switching = bestTime(repeats: 1) {
            _ = runProgram(RunOptions(stepLimit: 10 * n, recordsLifecycle: false)) {
                let q = Queue<Int>(maxsize: 1)
                let consumer = Thread(target: def("consumer") { for _ in 0..<n { _ = try q.get() } })
                try consumer.start()
                for i in 0..<n { try q.put(i) }
                try consumer.join()
            }
        }
        // Each item: one put and one get.
        report(
            "sim-switching-points-per-s-vs-raw-baton-handoffs", ours: Double(2 * n) / switching,
            baseline: batonHandoffsPerSecond(n), unit: "points/s")
        let m = 2_000_000
        let straight = bestTime(repeats: 1) {
            _ = runProgram(RunOptions(stepLimit: 3 * m, recordsLifecycle: false)) {
                let lock = Lock()
                for _ in 0..<m {
                    lock.acquire()
                    try lock.release()
                }
            }
        }
        report(
            "sim-points-per-s-vs-200k-target", ours: Double(2 * m) / straight, baseline: 200_000,
            unit: "points/s")
    }

    /// Simulated runtime: seconds to run 1,000 seeded random schedules of a 10-worker queue program (two runs side
    /// by side, one per core), vs the 2 s target.
    static func seededSchedules() {
        let program: @Sendable () throws -> Void = {
            let worker = def("worker") { (stream: Queue<Int>) in
                while true {
                    let item = try stream.get()
                    logging.info(item)
                    time.sleep(0.2)
                    try stream.task_done()
                }
            }
            logging.basicConfig(format: "[%(levelname)s]:(%(threadName)-10s): %(message)s", level: .INFO)
            let stream = Queue<Int>()
            for _ in 0..<10 {
                let t = Thread(target: worker, args: stream)
                t.daemon = true
                try t.start()
            }
            for item in 0..<20 { try stream.put(item) }
            stream.join()
        }
        let elapsed = bestTime(repeats: 1) {
            onThreads(2) { half in
                for seed in stride(from: half, to: 1_000, by: 2) {
                    _ = runProgram(RunOptions(schedule: .random(seed: UInt64(seed))), main: program)
                }
            }
        }
        report("sim-1000-seeded-schedules-seconds-vs-2s-target", ours: elapsed, baseline: 2.0, unit: "s")
    }
}

/// A value written by the program and read after the run.
final class Shared<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
