import DocGenRun
import DocGenTestSupport
import Foundation
import ProcessCapture
import Testing

/// A build runs each cell in `docgen-cell` (the small executable beside docgen), which prints what `docgen run`/`docgen
/// explore` print for the same request; without it, or when it is older than what it is linked from, docgen runs the
/// cells itself. End to end on the built binaries.
@Suite struct CellExecutableEndToEndTests {
    private var cellExecutable: String {
        (DocgenBinary.path as NSString).deletingLastPathComponent + "/" + CellExecutable.name
    }

    @Test func aBuildRunsItsCellsInTheCellExecutable() throws {
        let content = try BadInputSupport.content([
            "p.md": Array("# P\n\n## Which\n\n```python\nprint('docgen-cell')\n```\n".utf8),
            // Hand-written: prints the name of the executable the cell's process runs.
            "p/which.swift": Array(
                "import Foundation\n\nprint(URL(fileURLWithPath: CommandLine.arguments[0]).lastPathComponent)\n".utf8),
        ])
        let folder = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let built = try DocgenBinary.run([
            "build", "--record", "--content", content, "--snapshots", folder + "/snapshots", "--cache",
            folder + "/cache", "--out", folder + "/site",
        ])
        #expect(built.status == 0, "stderr: \(built.stderr)")
        let snapshot = try String(contentsOfFile: folder + "/snapshots/p/which.txt", encoding: .utf8)
        #expect(snapshot.contains("[MainThread] stdout: docgen-cell\n"), "\(snapshot)")
    }

    @Test func itPrintsWhatDocgenPrintsForTheSameRequest() throws {
        let folder = try TestSupport.temporaryFolder("cell-executable")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let built = try DocgenBinary.run(
            [
                "build", "--content", TestSupport.fixture("explore"), "--cache", folder + "/cache", "--out",
                folder + "/site",
            ], environment: ["DOCGEN_COMPILE_CACHE": ""])
        #expect(built.status == 0, "stderr: \(built.stderr)")
        let compiled = folder + "/cache/compiled"
        let libraries = try FileManager.default.contentsOfDirectory(atPath: compiled)
            .filter { $0.hasSuffix(".so") && !$0.hasPrefix("lib-") }.map { compiled + "/" + $0 }
        #expect(!libraries.isEmpty)
        let missing = "/nonexistent/" + String(repeating: "0", count: 64) + ".so"
        for library in libraries + [missing] {
            for request: CellChildRequest in [
                .run(id: "p/c", seed: nil, library: library), .run(id: "p/c", seed: 5, library: library),
                .explore(id: "p/c", runs: 20, seed: 3, library: library),
                .exhaustive(id: "p/c", maxExecutions: 1_000, show: 10, library: library),
            ] {
                let docgen = try DocgenBinary.run(request.arguments)
                let cell = try CapturedProcess.run(
                    cellExecutable, request.arguments, environment: ProcessInfo.processInfo.environment)
                #expect(cell.stdout == docgen.stdout, "\(request)")
                #expect(cell.stderr == docgen.stderr, "\(request)")
                #expect(cell.status == docgen.status, "\(request)")
            }
        }
        let refused = try CapturedProcess.run(
            cellExecutable, ["run", "p/c"], environment: ProcessInfo.processInfo.environment)
        #expect(refused.status == 2)
        #expect(refused.stderr == "error: docgen-cell runs the cells of a docgen build; use docgen\n")
    }

    @Test func aCellExecutableOlderThanWhatItIsLinkedFromIsNotUsed() throws {
        let folder = try TestSupport.temporaryFolder("cell-executable-stale")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/Threading.build", withIntermediateDirectories: true)
        let cell = folder + "/" + CellExecutable.name
        #expect(manager.createFile(atPath: cell, contents: Data()))
        #expect(manager.createFile(atPath: folder + "/Threading.build/Lock.swift.o", contents: Data()))
        let past = Date(timeIntervalSinceNow: -60)
        try manager.setAttributes([.modificationDate: past], ofItemAtPath: folder + "/Threading.build/Lock.swift.o")
        #expect(CellExecutable.locate(beside: folder + "/docgen") == cell)
        try manager.setAttributes([.modificationDate: past.addingTimeInterval(-60)], ofItemAtPath: cell)
        #expect(CellExecutable.locate(beside: folder + "/docgen") == nil, "Threading was rebuilt after it")
        #expect(CellExecutable.locate(beside: DocgenBinary.path) == cellExecutable, "the build's own is current")
    }
}
