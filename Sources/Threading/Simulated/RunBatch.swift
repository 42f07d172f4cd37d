/// Consecutive simulated runs carried by one pooled carrier thread, one after another, while the caller only watches:
/// each run costs no hand-off to a carrier and back (two OS thread wake-ups, each a wait for a CPU on a busy
/// machine). The caller receives the results in order; a run whose thread stalls (`stallTimeout` wall seconds
/// without a scheduling point) ends as `runProgram` would end it, and the rest go on on a fresh carrier.
///
/// One lock guards the batch's state (`next`, `results`, `current`, `generation`, `finished`).
final class RunBatch: @unchecked Sendable {
    private let lock = InternalLock(tracked: false)
    private let changed = ConditionVariable()
    private let end: Int
    private let options: @Sendable (Int) -> RunOptions
    private let main: @Sendable () throws -> Void
    /// The next run a carrier takes.
    private var next: Int
    /// Finished runs not yet handed to the caller, in order.
    private var results: [(Int, RunResult)] = []
    /// The run being carried now: its index, its runtime, its stall timeout.
    private var current: (index: Int, runtime: SimulatedRuntime, stallTimeout: Double)?
    /// The stall timeout of the run just taken (`claim`), until its runtime starts (`carrying`).
    private var takenStallTimeout = 0.0
    /// Bumped when a carrier is left behind in a stalled run: whatever that carrier does afterwards is ignored.
    private var generation = 0
    /// Set when the carrier of the current generation has run out of runs.
    private var finished = false
    /// How many results the carrier collects before it wakes the caller (which otherwise looks every 0.1 s).
    private static let wakeEvery = 64

    private init(
        range: Range<Int>, options: @escaping @Sendable (Int) -> RunOptions, main: @escaping @Sendable () throws -> Void
    ) {
        end = range.upperBound
        next = range.lowerBound
        self.options = options
        self.main = main
    }

    /// Runs `main` once for each index of `range` with `options(index)` and passes the results to `receive` in index
    /// order, on the calling thread: the same results as a `runProgram` call per index.
    static func run(
        _ range: Range<Int>, options: @escaping @Sendable (Int) -> RunOptions,
        main: @escaping @Sendable () throws -> Void, receive: (Int, RunResult) -> Void
    ) {
        guard !range.isEmpty else { return }
        let batch = RunBatch(range: range, options: options, main: main)
        batch.startCarrier(generation: 0)
        batch.watch(receive)
    }

    // MARK: the carrier's side

    private func startCarrier(generation: Int) {
        CarrierPool.shared.carry { [self] base in
            let slot = CarrierSlot(batch: self, base: base, generation: generation)
            CarrierSlot.enter(slot)
            defer { CarrierSlot.leave() }
            while let index = claim(generation) {
                let runOptions = options(index)
                lock.withLock { takenStallTimeout = runOptions.stallTimeout }
                let result = runProgram(runOptions, main: main)
                post(index, result, generation)
            }
        }
    }

    private func claim(_ generation: Int) -> Int? {
        lock.withLock {
            guard generation == self.generation else { return nil }
            guard next < end else {
                finished = true
                changed.signal()
                return nil
            }
            defer { next += 1 }
            return next
        }
    }

    /// The runtime of the run taken last is about to be carried (`SimulatedRuntime.start`): the caller watches it.
    func carrying(_ runtime: SimulatedRuntime, generation: Int) {
        lock.withLock {
            if generation == self.generation { current = (next - 1, runtime, takenStallTimeout) }
        }
    }

    private func post(_ index: Int, _ result: RunResult, _ generation: Int) {
        lock.withLock {
            guard generation == self.generation else { return }
            current = nil
            results.append((index, result))
            if results.count >= Self.wakeEvery { changed.signal() }
        }
    }

    // MARK: the caller's side

    private func watch(_ receive: (Int, RunResult) -> Void) {
        var watched: (index: Int, steps: Int, since: Double)?
        while true {
            lock.lock()
            if results.isEmpty && !finished {
                _ = changed.wait(lock, untilMonotonic: monotonicSeconds() + 0.1)
            }
            let taken = results
            results = []
            let done = finished
            var restart: Int?
            if let current {
                let steps = current.runtime.stepCount
                let now = monotonicSeconds()
                if let seen = watched, seen.index == current.index, seen.steps == steps {
                    if now - seen.since > current.stallTimeout,
                        let stalled = current.runtime.endStalled(stallTimeout: current.stallTimeout)
                    {
                        // Its carrier is stuck in the run: take its result here and go on on a new carrier.
                        results.append((current.index, stalled))
                        self.current = nil
                        generation += 1
                        restart = generation
                        watched = nil
                    }
                } else {
                    watched = (current.index, steps, now)
                }
            }
            lock.unlock()
            for (index, result) in taken { receive(index, result) }
            if let restart { startCarrier(generation: restart) }
            if done { return }
        }
    }
}
