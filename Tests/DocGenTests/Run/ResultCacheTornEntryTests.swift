import DocGenTestSupport
import Foundation
import Testing

@testable import DocGenModel
@testable import DocGenRun
@_spi(Harness) import Threading

/// Result-cache entries are written without flushing them to disk first (`AtomicFile.write(durable: false)`), so
/// after a power cut one may be empty or cut short anywhere. Such an entry must read as missing, never as another
/// output (a transcript cut inside its last line still decodes, as a shorter error message).
@Suite struct ResultCacheTornEntryTests {
    let job = CellJob(id: "page/cell", scenario: ScenarioSource(text: "print(1)\n", path: "content/page/cell.swift"))

    @Test func aTranscriptCutShortAnywhereIsMissing() throws {
        let folder = try TestSupport.temporaryFolder("torn")
        let cache = ResultCache(directory: folder, runtimeIdentity: "runtime")
        let key = cache.key(for: job)
        let events = [
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "one")),
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "\n")),
            TraceEvent(time: 0.5, threadIndex: 1, threadName: "worker", kind: .output(.stdout, "two\n")),
        ]
        let result = RunResult(events: events, outcome: .uncaughtError("ValueError: no"), schedule: "default")
        #expect(cache.store(result, for: job, key: key, showsPageLines: false))
        let path = folder + "/page/cell.txt"
        let whole = try #require(FileManager.default.contents(atPath: path))
        #expect(cache.lookup(job, key: key) == result)
        for length in 0..<whole.count {
            try whole.prefix(length).write(to: URL(fileURLWithPath: path))
            #expect(cache.lookup(job, key: key) == nil, "cut at \(length) of \(whole.count) bytes read as an entry")
        }
    }

    @Test func anExplorationOrAReasonCutShortAnywhereIsMissing() throws {
        let folder = try TestSupport.temporaryFolder("torn")
        let cache = ResultCache(directory: folder, runtimeIdentity: "runtime")
        let key = cache.key(for: job)
        let group = OutputGroup(
            output: "a\n", outcome: .completed, count: 2, schedule: "c", firstRun: 0, events: [])
        let json = String(decoding: try Exploration(runs: 2, seed: 0, groups: [group]).json(), as: UTF8.self)
        #expect(cache.storeText(json, for: job, key: key, kind: "explore.json", showsPageLines: false))
        #expect(cache.storeText("timed out after 30 s", for: job, key: key, kind: "reason", showsPageLines: true))
        #expect(cache.lookupText(job, key: key, kind: "explore.json") == json)
        #expect(cache.lookupText(job, key: key, kind: "reason") == "timed out after 30 s")
        for kind in ["explore.json", "reason"] {
            let path = folder + "/page/cell." + kind
            let whole = try #require(FileManager.default.contents(atPath: path))
            for length in 0..<whole.count {
                try whole.prefix(length).write(to: URL(fileURLWithPath: path))
                #expect(
                    cache.lookupText(job, key: key, kind: kind) == nil,
                    "\(kind) cut at \(length) of \(whole.count) bytes read as an entry")
            }
        }
    }
}
