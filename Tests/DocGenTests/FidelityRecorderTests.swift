@testable import DocGenVerify
import Foundation
import Testing

/// Records real python3 runs (skipped where there is none).
@Suite("Fidelity recorder", .enabled(if: pythonIsInstalled()))
struct FidelityRecorderTests {
    private let root = FileManager.default.temporaryDirectory.appendingPathComponent("recorder-\(UUID().uuidString)")
        .path

    @Test func recordsADeterministicCellAsOneVariant() async throws {
        let cell = FidelityCell(id: "page/steady", source: "print('same every time')\n")
        let reports = try await FidelityRecorder(python: try PythonCellRunner(), recordings: root, runs: 3).record([
            cell
        ])
        #expect(reports.map(\.passed) == [true])
        let recording = try #require(try CPythonRecording.load(cell: "page/steady", root: root))
        #expect(recording.variants.map(\.runs) == [3])
        #expect(recording.fingerprint == cell.fingerprint)
        #expect(recording.outputs == [[FidelityLine(stream: .stdout, thread: "MainThread", text: "same every time")]])
    }

    @Test func refusesToCallAVaryingCellExact() async throws {
        let source = "import random\nprint(random.choice('abcdefghij'))\n"
        let exact = FidelityCell(id: "page/varying", source: source)
        let reports = try await FidelityRecorder(python: try PythonCellRunner(), recordings: root, runs: 8).record([
            exact
        ])
        // Not written; the mask that makes the runs agree is named.
        #expect(reports.first?.problems.first?.contains(#"mark the cell <!-- docgen: mask="[A-Za-z]+" -->"#) == true)
        #expect(try CPythonRecording.load(cell: "page/varying", root: root) == nil)
        let masked = FidelityCell(id: "page/varying", source: source, mode: .perThread, masks: ["^[a-j]$"])
        let maskedReports = try await FidelityRecorder(python: try PythonCellRunner(), recordings: root, runs: 4)
            .record([masked])
        #expect(maskedReports.map(\.passed) == [true])
        #expect(try CPythonRecording.load(cell: "page/varying", root: root)?.variants.map(\.runs) == [4])
    }
}
