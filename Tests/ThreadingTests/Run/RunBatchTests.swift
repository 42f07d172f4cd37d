import Dispatch
import Synchronization
import Testing
@_spi(Harness) import Threading

/// `runPrograms` (consecutive runs on one carrier) gives what one `runProgram` per run gives, in order.
@Suite struct RunBatchTests {
    @Test func aBatchGivesTheResultsOfSeparateRunsInOrder() {
        let program: @Sendable () throws -> Void = {
            let queue = Queue<Int>()
            let workers = (0..<3).map { _ in
                Thread(
                    target: def("worker") {
                        let item = try queue.get()
                        logging.warning("got %d", item)
                        time.sleep(0.1)
                        print("done", item)
                    })
            }
            for worker in workers { try worker.start() }
            for item in 0..<3 { try queue.put(item) }
            for worker in workers { try worker.join() }
        }
        let options: @Sendable (Int) -> RunOptions = { index in
            RunOptions(schedule: index % 2 == 0 ? .random(seed: UInt64(index)) : .pct(seed: UInt64(index)))
        }
        var received: [(Int, RunResult)] = []
        runPrograms(0..<40, options: options, main: program) { received.append(($0, $1)) }
        #expect(received.map(\.0) == Array(0..<40))
        for (index, result) in received {
            #expect(result == runProgram(options(index), main: program), "run \(index)")
        }
        #expect(Set(received.map { $0.1.text(of: .stdout) }).count > 1)
    }

    @Test func batchesSharingIndicesRunEachOnceEachInTheOrderTaken() {
        let program: @Sendable () throws -> Void = { print(random.randint(1, 1_000)) }
        let options: @Sendable (Int) -> RunOptions = { RunOptions(randomSeed: UInt64($0)) }
        let indices = RunIndices(0..<60)
        let received = Mutex<[[(Int, RunResult)]]>([])
        DispatchQueue.concurrentPerform(iterations: 3) { _ in
            var mine: [(Int, RunResult)] = []
            runPrograms(taking: indices.take, options: options, main: program) { mine.append(($0, $1)) }
            received.withLock { $0.append(mine) }
        }
        let batches = received.withLock { $0 }
        #expect(batches.count == 3)
        for batch in batches { #expect(batch.map(\.0) == batch.map(\.0).sorted()) }
        let all = batches.flatMap { $0 }.sorted { $0.0 < $1.0 }
        #expect(all.map(\.0) == Array(0..<60))
        for (index, result) in all { #expect(result == runProgram(options(index), main: program), "run \(index)") }
        #expect(indices.take() == nil)
    }

    @Test func aStalledRunEndsAloneAndTheBatchGoesOnOnAnotherCarrier() {
        let counter = RunCounter()
        var received: [(Int, RunResult)] = []
        // Only the spinning run has a short stall timeout: on a loaded machine a carrier may wait longer for a CPU.
        runPrograms(
            0..<4, options: { RunOptions(stallTimeout: $0 == 1 ? 0.3 : 60) },
            main: {
                let run = counter.next()
                print("run", run)
                if run == 1 {
                    // About a second of wall time without touching the runtime: its carrier is left in it.
                    let start = ContinuousClock.now
                    while ContinuousClock.now - start < .seconds(1) {}
                }
            }
        ) { received.append(($0, $1)) }
        #expect(received.map(\.0) == [0, 1, 2, 3])
        #expect(received.map { $0.1.text(of: .stdout) } == ["run 0\n", "run 1\n", "run 2\n", "run 3\n"])
        guard case .stepLimitExceeded(let message) = received[1].1.outcome else {
            Issue.record("expected a stall, got \(received[1].1.outcome)")
            return
        }
        #expect(message.contains("MainThread"))
        #expect([0, 2, 3].allSatisfy { received[$0].1.outcome == .completed })
    }
}

/// Numbers the runs of a batch in the order they start (they start one after another).
private final class RunCounter: Sendable {
    private let count = Mutex(0)

    func next() -> Int {
        count.withLock { count in
            defer { count += 1 }
            return count
        }
    }
}
