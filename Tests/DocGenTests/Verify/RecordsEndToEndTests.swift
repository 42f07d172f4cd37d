@testable import DocGenExplore
@testable import DocGenModel
@testable import DocGenParse
@testable import DocGenRun
@testable import DocGenScaffold
@testable import DocGenServe
@testable import DocGenSite
@testable import DocGenVerify
import Foundation
import Testing

@testable import DocGen
import DocGenTestSupport

/// Committed records stay whole and clean: recordings and snapshots are written to a temporary file and renamed in
/// place (so a killed writer never leaves a short one), temporary files a killed writer left are deleted by the next
/// record and fail `check`, and `check` reports the snapshots of a deleted page.
@Suite(.serialized) struct RecordsEndToEndTests {
    let project: String

    init() throws {
        project = try TestSupport.temporaryFolder("records")
        for page in ["kept", "gone"] {
            try TestSupport.write(
                """
                # \(page)

                ## Cell

                ```python
                print("\(page)")
                ```

                ```swift
                print("\(page)")
                ```
                """, to: project + "/content/\(page).md")
        }
    }

    func docgen(_ arguments: String...) throws -> DocgenBinary.Output {
        try DocgenBinary.run(arguments, in: project)
    }

    /// A writer that replaces the file in place would change the file another name links to; a rename does not.
    @Test func aRecordingIsReplacedByARenameNotRewrittenInPlace() throws {
        let root = project + "/Tests/Fidelity"
        let old = CPythonRecording(
            cell: "kept/cell", python: "Python 3", fingerprint: "f", mode: .exact,
            variants: [.init(runs: 1, lines: [FidelityLine(stream: .stdout, thread: "MainThread", text: "old")])])
        try old.write(root: root)
        let path = CPythonRecording.path(for: "kept/cell", root: root)
        try FileManager.default.linkItem(atPath: path, toPath: project + "/witness")
        var new = old
        new.variants = [.init(runs: 1, lines: [FidelityLine(stream: .stdout, thread: "MainThread", text: "new")])]
        try new.write(root: root)
        #expect(try TestSupport.read(project + "/witness") == old.encoded())
        #expect(try TestSupport.read(path) == new.encoded())
        #expect(AtomicFile.leftovers(in: root).isEmpty)
    }

    @Test func aSnapshotIsReplacedByARename() throws {
        let store = SnapshotStore(root: project + "/snaps")
        try store.write("old\n", for: "kept/cell")
        try FileManager.default.linkItem(atPath: store.path(for: "kept/cell"), toPath: project + "/witness")
        try store.write("new\n", for: "kept/cell")
        #expect(try TestSupport.read(project + "/witness") == "old\n")
        #expect(store.read("kept/cell") == "new\n")
        #expect(store.leftovers().isEmpty)
    }

    @Test func temporaryFilesOfAKilledWriteFailCheckAndAreDeletedByTheNextRecord() throws {
        #expect(try docgen("build", "--record").status == 0)
        let leftovers = ["Tests/Snapshots/kept/.cell.txt.docgen-write-a1b2c3", "Tests/Snapshots/kept/.dat.nosyncd3ad"]
        for path in leftovers { try TestSupport.write("partial", to: project + "/" + path) }
        let check = try docgen("check")
        #expect(check.status == 1)
        for path in leftovers {
            #expect(check.stderr.contains("\(path): a temporary file left by an interrupted write; delete it"))
        }
        let record = try docgen("build", "--record")
        #expect(record.status == 0)
        for path in leftovers {
            #expect(record.stderr.contains("\(path): deleted a temporary file an interrupted write had left"))
            #expect(!FileManager.default.fileExists(atPath: project + "/" + path))
        }
        #expect(try docgen("check").status == 0)
    }

    @Test func snapshotsOfADeletedPageAreReported() throws {
        #expect(try docgen("build", "--record").status == 0)
        try FileManager.default.removeItem(atPath: project + "/content/gone.md")
        let check = try docgen("check")
        #expect(
            check.stderr.contains("gone/cell: snapshot Tests/Snapshots/gone/cell.txt matches no cell; delete it"),
            "\(check.stderr)")
    }

    /// `build --record` killed at random moments never leaves a snapshot short or a temporary file behind it did not
    /// also delete on the next record.
    @Test func aKilledRecordLeavesEverySnapshotWhole() async throws {
        #expect(try docgen("build", "--record").status == 0)
        let snapshot = project + "/Tests/Snapshots/kept/cell.txt"
        let whole = try TestSupport.read(snapshot)
        for trial in 0..<8 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: DocgenBinary.path)
            process.arguments = ["build", "--record"]
            process.currentDirectoryURL = URL(fileURLWithPath: project)
            process.standardError = FileHandle.nullDevice
            var environment = ProcessInfo.processInfo.environment
            environment["DOCGEN_COMPILE_CACHE"] = DocgenBinary.compileCache
            process.environment = environment
            try process.run()
            try await Task.sleep(for: .milliseconds(150 + 120 * trial))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(try TestSupport.read(snapshot) == whole, "trial \(trial)")
        }
        #expect(try docgen("build", "--record").status == 0)
        #expect(AtomicFile.leftovers(in: project + "/Tests/Snapshots").isEmpty)
    }
}
