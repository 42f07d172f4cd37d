import DocGenTestSupport
import Foundation
import Testing

/// `docgen model-check` through the built binary.
@Suite struct ModelCheckCommandEndToEndTests {
    /// A mistyped `--cell` is an error naming it, not a check of nothing that passes ("0 passed, 0 failed").
    @Test(arguments: ["fixtures-basic/nope", "fixtures-basic"]) func anUnknownCellIsOneClearError(cell: String) throws {
        let work = try TestSupport.temporaryFolder("model-check-e2e")
        let output = try DocgenBinary.run([
            "model-check", "--content", TestSupport.fixture("basic"), "--cache", work + "/cache",
            "--recordings", work + "/recordings", "--cell", cell,
        ])
        #expect(output.status == 1)
        #expect(output.stdout.isEmpty)
        #expect(
            output.stderr.contains(
                "error: no cell \(cell) in \(TestSupport.fixture("basic")); `docgen list` shows the cells"))
    }

    /// A cell with no CPython recording is named and counted as not checked, so a project that recorded nothing
    /// does not read as checked.
    @Test func aCellWithoutARecordingIsNamedAsNotChecked() throws {
        let work = try TestSupport.temporaryFolder("model-check-e2e")
        let output = try DocgenBinary.run([
            "model-check", "--content", TestSupport.fixture("basic"), "--cache", work + "/cache",
            "--recordings", work + "/recordings", "--cell", "fixtures-basic/hello",
        ])
        #expect(output.status == 0, "stderr was: \(output.stderr)")
        #expect(
            output.stdout
                == "fixtures-basic/hello: no CPython recording (run `docgen fidelity --record`); not checked\n"
                + "0 passed, 0 failed, 1 not checked\n")
    }
}
