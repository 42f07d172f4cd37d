import DocGenTestSupport
import Foundation
import Testing

/// `docgen fidelity` on the basic fixture, through the built binary and real python3 (skipped where there is none).
@Suite(.serialized, .enabled(if: pythonIsInstalled())) struct FidelityEndToEndTests {
    let work: String

    init() throws {
        work = try TestSupport.temporaryFolder("fidelity-e2e")
    }

    func fidelity(_ extra: [String]) throws -> DocgenBinary.Output {
        try DocgenBinary.run(
            [
                "fidelity", "--content", TestSupport.fixture("basic"),
                "--cache", work + "/cache", "--recordings", work + "/recordings",
            ] + extra)
    }

    @Test func recordThenCheckPassesAndATamperedRecordingFails() throws {
        let record = try fidelity(["--record", "--runs", "2"])
        #expect(record.status == 0, "stderr was: \(record.stderr)")
        #expect(record.stdout.contains("OK   fixtures-basic/hello  recorded 2 runs, 1 distinct output(s)"))

        let check = try fidelity([])
        #expect(check.status == 0, "stderr was: \(check.stderr)")
        #expect(check.stdout.contains("PASS fixtures-basic/hello  exact: matched CPython"))
        #expect(check.stdout.hasSuffix("1 passed, 0 failed\n"))

        // A recording made for another source or other options (its fingerprint differs) is stale: the check fails
        // even though the fresh python3 run still matches.
        let path = work + "/recordings/fixtures-basic/hello.txt"
        let recorded = try String(contentsOfFile: path, encoding: .utf8)
        try recorded.replacingOccurrences(of: "fingerprint: ", with: "fingerprint: 0").write(
            toFile: path, atomically: true, encoding: .utf8)
        let stale = try fidelity([])
        #expect(stale.status == 1)
        #expect(stale.stdout.contains("the recording is stale"))
        #expect(stale.stdout.hasSuffix("0 passed, 1 failed\n"))
    }

    @Test func anUnknownCellIsOneClearError() throws {
        let output = try fidelity(["--cell", "fixtures-basic/nope"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("no cell fixtures-basic/nope"))
    }
}
