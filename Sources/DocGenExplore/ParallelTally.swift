import Dispatch
import Synchronization
@_spi(Harness) import Threading

/// Runs `count` independent runs of `main` on up to `workers` carriers at once and tallies them as if run in order:
/// each worker takes a contiguous block of run indices (run one after another on one carrier, `runPrograms`), and the
/// blocks' tallies are joined in block order, so the result does not depend on `workers` or timing.
enum ParallelTally {
    static func tally(
        count: Int, workers: Int, options: @escaping @Sendable (Int) -> RunOptions,
        main: @escaping @Sendable () throws -> Void
    ) -> OutputTally {
        let blocks = max(1, min(workers, count))
        let tallies = Mutex<[OutputTally?]>(Array(repeating: nil, count: blocks))
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            var tally = OutputTally()
            runPrograms((count * block / blocks)..<(count * (block + 1) / blocks), options: options, main: main) {
                tally.add($1)
            }
            tallies.withLock { $0[block] = tally }
        }
        return tallies.withLock { blockTallies in
            var total = OutputTally()
            for case let tally? in blockTallies { total.append(contentsOf: tally) }
            return total
        }
    }
}
