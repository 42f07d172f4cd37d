import DocGenTestSupport
import Foundation
import Testing

/// Issue 12's finding "`serve` rebuilding while `make site` runs" to the same `--out`: the two share the output
/// folder's lock, so the site is always one whole build, never a mix, and nothing is left beside it. End to end on the
/// built binary, in a temporary folder; every wait runs `OffPool`.
@Suite struct ServeAndBuildSharedOutputTests {
    /// A content folder of `pages` prose pages marked `tag` (no cells: builds take well under a second).
    private func content(_ tag: String, in folder: String, pages: Int = 20) throws -> String {
        let content = folder + "/content-" + tag
        for page in 0..<pages {
            let prose = (0..<50).map { "Line \($0) of page \(page) of \(tag)." }.joined(separator: "\n\n")
            try TestSupport.write(
                "# Page \(page) \(tag)\n\n\(prose)\n", to: content + String(format: "/page-%03d.md", page))
        }
        return content
    }

    private func build(_ content: String, out: String, cache: String) throws -> DefaultSignalsProcess {
        try BadInputSupport.start(["build", "--content", content, "--out", out, "--cache", cache])
    }

    /// Waits (`OffPool`) for `process` to exit.
    private func exit(of process: DefaultSignalsProcess) async throws {
        try await OffPool.run { process.waitUntilExit() }
    }

    /// Waits (`OffPool`) up to 60 s until `serve` has ended `count` builds.
    private func builds(_ count: Int, of serve: ServeProcess) async throws -> Bool {
        try await OffPool.run { serve.waitForBuilds(count) }
    }

    @Test func serveRebuildingWhileABuildWritesTheSameOutputLeavesOneWholeSite() async throws {
        let work = try TestSupport.temporaryFolder("shared-out")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let contentA = try content("A", in: work)
        let contentB = try content("B", in: work)
        for (content, out) in [(contentA, "ref-a"), (contentB, "ref-b")] {
            let reference = try build(content, out: work + "/" + out, cache: work + "/cache-" + out)
            try await exit(of: reference)
            try #require(reference.terminationStatus == 0)
        }
        let referenceA = try #require(BadInputSupport.files(in: work + "/ref-a"))
        let referenceB = try #require(BadInputSupport.files(in: work + "/ref-b"))
        try #require(referenceA != referenceB)

        let serve = try await OffPool.run { try ServeProcess(content: contentA, waitForFirstBuild: false) }
        try #require(try await builds(1, of: serve), "serve's first build did not end: \(serve.stderr.suffix(300))")
        for trial in 1...5 {
            // A new modification time (same bytes) makes serve rebuild A while B is built into its folder.
            try FileManager.default.setAttributes(
                [.modificationDate: Date().addingTimeInterval(Double(trial))], ofItemAtPath: contentA + "/page-000.md")
            let other = try build(contentB, out: serve.site, cache: work + "/cache-b")
            try await exit(of: other)
            #expect(other.terminationStatus == 0, "trial \(trial): the build failed")
            #expect(
                try await builds(1 + trial, of: serve),
                "trial \(trial): serve did not rebuild: \(serve.stderr.suffix(300))")
            let site = BadInputSupport.files(in: serve.site)
            #expect(site == referenceA || site == referenceB, "trial \(trial): the site is a mix or incomplete")
        }
        #expect(try await OffPool.run { serve.stop() } == 0)
        #expect(try BadInputSupport.docgenSiblings(in: serve.work) == [], "left beside the site")
    }
}
