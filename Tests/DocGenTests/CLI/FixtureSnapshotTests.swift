import DocGenTestSupport
import Foundation
import Testing

/// Every fixture case (`Tests/Fixtures/<feature>/<case>/`) built by the docgen binary: its exit status and what it
/// printed must be its committed `expected/build.txt`. `make record-fixtures` writes them again from real builds.
@Suite struct FixtureSnapshotTests {
    /// Set (to anything) to write each case's `expected/build.txt` from this run instead of comparing.
    static let recording = ProcessInfo.processInfo.environment["DOCGEN_RECORD_FIXTURES"] != nil

    static let cases = TestSupport.fixtureCases().map { "\($0.feature)/\($0.name)" }

    /// `exit status N` and the build's standard error, with the temporary folders it wrote to named `<work>`. Each
    /// case gets its own result and compile caches, so the summary's counts (`N compiled`) are what a first build of
    /// the project prints.
    static func build(_ folder: String) throws -> String {
        let work = try TestSupport.temporaryFolder("fixture")
        defer { try? FileManager.default.removeItem(atPath: work) }
        let output = try DocgenBinary.run(
            [
                "build", "--content", "content", "--out", work + "/site", "--cache", work + "/cache", "--snapshots",
                work + "/snapshots",
            ], environment: ["DOCGEN_COMPILE_CACHE": work + "/compiled"], in: folder)
        let stderr = output.stderr.replacingOccurrences(of: work, with: "<work>")
        return "exit status \(output.status)\n" + stderr
    }

    @Test(arguments: cases)
    func aFixtureBuildsAsItsExpectedOutputSays(_ name: String) throws {
        let folder = TestSupport.packageRoot + "/Tests/Fixtures/" + name
        let expectedFile = folder + "/expected/build.txt"
        let built = try Self.build(folder)
        if Self.recording {
            try TestSupport.write(built, to: expectedFile)
            return
        }
        let expected = try #require(
            try? TestSupport.read(expectedFile), "\(name) has no expected/build.txt: run make record-fixtures")
        #expect(built == expected, "Tests/Fixtures/\(name): the build printed something else than expected/build.txt")
    }

    @Test func everyCaseIsFound() {
        #expect(Self.cases.count >= 14, "fixture cases: \(Self.cases)")
    }
}
