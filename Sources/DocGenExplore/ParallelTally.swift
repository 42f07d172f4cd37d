import Dispatch
import Synchronization
@_spi(Harness) import Threading

/// Runs `count` independent runs of `main` on up to `workers` carriers at once and tallies them as if run in order:
/// each worker's carrier takes the next run index not yet taken (`RunIndices`, `runPrograms(taking:…)`) until none is
/// left, its tally numbering each run by its index, and the workers' tallies are merged so that each group's
/// representative is its first run of all; the result does not depend on `workers` or timing.
///
/// Indices taken one by one as carriers free up keep them all busy to the end: with one block of runs per worker, a
/// block slowed by the machine (another process on its core) left the other carriers idle for its last tens of
/// milliseconds.
enum ParallelTally {
    static func tally(
        count: Int, workers: Int, options: @escaping @Sendable (Int) -> RunOptions,
        main: @escaping @Sendable () throws -> Void
    ) -> OutputTally {
        let workers = max(1, min(workers, count))
        let indices = RunIndices(0..<count)
        let tallies = Mutex<[OutputTally]>([])
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            var tally = OutputTally()
            runPrograms(taking: indices.take, options: options, main: main) { tally.add($1, run: $0) }
            tallies.withLock { $0.append(tally) }
        }
        return tallies.withLock { tallies in
            var total = OutputTally()
            for tally in tallies { total.merge(tally) }
            return total
        }
    }
}
