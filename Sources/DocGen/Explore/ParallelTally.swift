import Dispatch
import Synchronization
import Threading

/// Runs `count` independent runs on up to `workers` OS threads at once and tallies them as if run in order: each
/// worker takes a contiguous block of run indices, and the blocks' tallies are joined in block order, so the result
/// does not depend on `workers` or timing.
enum ParallelTally {
    static func tally(count: Int, workers: Int, run: @Sendable (Int) -> RunResult) -> OutputTally {
        let blocks = max(1, min(workers, count))
        let tallies = Mutex<[OutputTally?]>(Array(repeating: nil, count: blocks))
        DispatchQueue.concurrentPerform(iterations: blocks) { block in
            var tally = OutputTally()
            for index in (count * block / blocks)..<(count * (block + 1) / blocks) {
                tally.add(run(index))
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
