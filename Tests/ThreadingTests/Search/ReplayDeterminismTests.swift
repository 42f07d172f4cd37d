import Testing
@_spi(Harness) @_spi(Search) import Threading

/// A searched program must make the same choices whenever a schedule is replayed: the search replays a prefix of the
/// last run to branch, and a step that depends on something else than the schedule (an address, a hash order) makes it
/// meet other choices ("the program's choices changed between runs") and stop incomplete.
@Suite struct ReplayDeterminismTests {
    /// `concurrent.futures.wait` takes every future's lock in one fixed order, then takes its waiter off each; both
    /// orders once followed addresses (and a Set's order), which differ from run to run.
    @Test func waitOnAPoolsFuturesReplaysTheSameChoices() {
        let program: @Sendable () throws -> Void = {
            let pool = try concurrent.futures.ThreadPoolExecutor(max_workers: 2)
            var futures: [Future<Int>] = []
            var padding: [[Int]] = []
            for n in 1...5 {
                padding.append(Array(repeating: n, count: 16 * (6 - n)))  // allocations between the futures
                futures.append(try pool.submit({ (n: Int) -> Int in n * 10 }, n))
            }
            let done = concurrent.futures.wait(futures, return_when: .FIRST_COMPLETED).done
            print("done:", !done.isEmpty, padding.count)
            _ = concurrent.futures.wait(futures)
            try pool.shutdown(wait: true)
        }
        let summary = ExhaustiveSearch(maxExecutions: 300).run(program) { result, _ in
            #expect(result.text(of: .stdout) == "done: True 5\n")
        }
        #expect(!summary.diverged)
        #expect(summary.executions > 1)
    }
}
