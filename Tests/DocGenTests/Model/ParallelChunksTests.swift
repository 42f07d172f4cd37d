import DocGenModel
import DocGenTestSupport
import Synchronization
import Testing

/// `ParallelChunks.map` is `map`: every item once, in order, whatever the list's length and the number of jobs.
struct ParallelChunksTests {
    @Test(arguments: [0, 1, 63, 64, 65, 1_000])
    func theOutputIsTheMapInOrder(count: Int) async {
        let inputs = Array(0..<count)
        for jobs in [1, 2, 3, 8] {
            let outputs = await ParallelChunks.map(inputs, jobs: jobs) { $0 * 3 + 1 }
            #expect(outputs == inputs.map { $0 * 3 + 1 }, "\(jobs) jobs")
        }
    }

    @Test func everyItemIsMappedOnce() async {
        let seen = Mutex([Int: Int]())
        _ = await ParallelChunks.map(Array(0..<1_000), jobs: 3) { item in seen.withLock { $0[item, default: 0] += 1 } }
        #expect(seen.withLock { $0 } == Dictionary(uniqueKeysWithValues: (0..<1_000).map { ($0, 1) }))
    }
}
