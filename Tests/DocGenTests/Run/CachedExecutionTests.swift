@testable import DocGenModel
@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// A rebuild takes every cell the result cache holds whole (its run, and its exploration when it asks for one) from
/// the cache on every core, with no task or library of its own: each execution is what running it from the cache
/// one at a time gave, in the jobs' order, and a cell whose exploration is missing is explored again alone.
@Suite struct CachedExecutionTests {
    @Test func manyCachedCellsComeBackAsTheyWereInOrderAndAMissingExplorationIsRedone() async throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(ExecuteTests.explorationJSON, to: folder + "/exploration.json")
        let transcript = ExecuteTests.transcript.replacingOccurrences(of: "\n", with: "\\n")
        let script =
            "echo \"$1 $2\" >> \(folder)/calls; case $1 in run) printf '\(transcript)';; "
            + "explore) cat \(folder)/exploration.json;; esac"
        let settings = ExecutionSettings(
            command: ChildCommand(executable: "/bin/sh", prefix: ["-c", script, "sh"]), timeout: 600,
            outputLimit: 1 << 20, jobs: 2, cacheDirectory: folder + "/cache")
        let executor = CellExecutor(settings: settings)
        // More cells than `ParallelChunks` maps where they are, each scenario its own (its own key).
        let jobs = (0..<70).map { index in
            CellJob(
                id: "p/c\(index)", scenario: ScenarioSource(text: "print(\(index))", path: "content/p/c\(index).swift"),
                explore: 5)
        }
        let first = await executor.execute(jobs, deferring: true)
        #expect(first.allSatisfy { !$0.cached && $0.explored && $0.isInCache })
        try FileManager.default.removeItem(atPath: folder + "/calls")

        let second = await executor.execute(jobs, deferring: true)
        #expect(second.map(\.job.id) == jobs.map(\.id))
        for (again, before) in zip(second, first) {
            #expect(again.cached && !again.explored && again.isInCache && again.warnings.isEmpty)
            #expect(again.run == before.run)
            #expect(again.transcriptDigest == before.transcriptDigest && again.transcriptDigest != nil)
            #expect(again.explorationDigest == before.explorationDigest && again.explorationDigest != nil)
            #expect(again.exploration == nil && again.explorationJSON == ExecuteTests.explorationJSON)
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/calls"), "nothing ran")

        try FileManager.default.removeItem(atPath: folder + "/cache/p/c10.explore.json")
        let third = await executor.execute(jobs, deferring: true)
        #expect(third.map(\.job.id) == jobs.map(\.id))
        #expect(third.indices.filter { third[$0].explored } == [10])
        #expect(third.allSatisfy { $0.cached && $0.isInCache && $0.explorationDigest == first[0].explorationDigest })
        #expect(try TestSupport.read(folder + "/calls") == "explore p/c10\n")
        // Without deferring, an exploration from the cache is decoded.
        let decoded = await executor.execute(jobs)
        #expect(decoded.allSatisfy { $0.cached && $0.exploration?.runs == 5 && $0.explorationJSON == nil })
    }
}
