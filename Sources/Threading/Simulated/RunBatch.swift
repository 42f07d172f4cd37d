/// Consecutive simulated runs carried by one pooled carrier thread, one after another, while the caller only watches:
/// each run costs no hand-off to a carrier and back (two OS thread wake-ups, each a wait for a CPU on a busy
/// machine). The carrier takes the index of each next run from `take` (a range's next index, or a counter shared
/// with other batches) until it gives none. The caller receives the results in the order run; a run whose thread
/// stalls (`stallTimeout` wall seconds without a scheduling point) ends as `runProgram` would end it, and the rest go
/// on on a fresh carrier.
///
/// One lock guards the batch's state (`taken`, `results`, `current`, `generation`, `finished`); `take` is called
/// under it.
final class RunBatch: @unchecked Sendable {
    private let lock = InternalLock(tracked: false)
    private let changed = ConditionVariable()
    private let take: @Sendable () -> Int?
    private let options: @Sendable (Int) -> RunOptions
    private let main: @Sendable () throws -> Void
    /// The run a carrier took last.
    private var taken = -1
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
        take: @escaping @Sendable () -> Int?, options: @escaping @Sendable (Int) -> RunOptions,
        main: @escaping @Sendable () throws -> Void
    ) {
        self.take = take
        self.options = options
        self.main = main
    }

    /// Runs `main` once for each index `take` gives (until it gives `nil`) with `options(index)` and passes the
    /// results to `receive` in the order run, on the calling thread: the same results as a `runProgram` call per
    /// index.
    static func run(
        taking take: @escaping @Sendable () -> Int?, options: @escaping @Sendable (Int) -> RunOptions,
        main: @escaping @Sendable () throws -> Void, receive: (Int, RunResult) -> Void
    ) {
        let batch = RunBatch(take: take, options: options, main: main)
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
            guard let index = take() else {
                finished = true
                changed.signal()
                return nil
            }
            taken = index
            return index
        }
    }

    /// The runtime of the run taken last is about to be carried (`SimulatedRuntime.start`): the caller watches it.
    func carrying(_ runtime: SimulatedRuntime, generation: Int) {
        lock.withLock {
            if generation == self.generation { current = (taken, runtime, takenStallTimeout) }
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
