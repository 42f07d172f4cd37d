import DocGenTestSupport
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

    @Test func aCellThatKeepsPrintingNewOutputsIsNotRecordedAndTheMaskIsNamed() async throws {
        let source = "import random\nprint('value', random.randint(100, 999))\n"
        let cell = FidelityCell(id: "page/varying", source: source)
        let recorder = FidelityRecorder(python: try PythonCellRunner(), recordings: root, runs: 8, maximumRuns: 16)
        let reports = try await recorder.record([cell])
        // Not written; the mask that makes the runs settle is named, checked on them.
        let problem = try #require(reports.first?.problems.first)
        #expect(problem.contains("kept printing new ones"), "\(problem)")
        #expect(
            problem.contains(#"mark the cell <!-- docgen: mask="\d+" --> (then they settle after 5 runs)"#),
            "\(problem)")
        #expect(try CPythonRecording.load(cell: "page/varying", root: root) == nil)
        let masked = FidelityCell(id: "page/varying", source: source, masks: [#"\d+"#])
        let maskedReports = try await recorder.record([masked])
        #expect(maskedReports.map(\.passed) == [true])
        #expect(try CPythonRecording.load(cell: "page/varying", root: root)?.variants.map(\.runs) == [8])
    }

    @Test func recordingGoesOnUntilTheLastRunsPrintNothingNew() async throws {
        // Two outputs, the second one run in four: the minimum of 4 runs is not enough once a new output comes late.
        let source = """
            import os
            path = os.path.join(os.environ["RECORDER_COUNTER"])
            n = int(open(path).read()) if os.path.exists(path) else 0
            open(path, "w").write(str(n + 1))
            print("late" if n == 3 else "usual")

            """
        let counter = root + "-counter"
        setenv("RECORDER_COUNTER", counter, 1)
        defer { unlink(counter) }
        let cell = FidelityCell(id: "page/late", source: source)
        let recorder = FidelityRecorder(
            python: try PythonCellRunner(), recordings: root, runs: 4, maximumRuns: 40, jobs: 1)
        #expect(recorder.quietRuns == 2)
        let reports = try await recorder.record([cell])
        #expect(reports.map(\.passed) == [true])
        let recording = try #require(try CPythonRecording.load(cell: "page/late", root: root))
        // Runs 1-3 usual, 4 late (new), then 2 more with nothing new: 6 runs.
        #expect(recording.runs == 6)
        #expect(recording.variants.map(\.runs) == [5, 1])
    }

    @Test func theRecorderKeepsRawWritesInOrder() async throws {
        // CPython writes "start" and its separator, the worker's line lands in the middle, then "end": a terminal
        // shows `start worker` and `end`, and so does the recording (no line rebuilt per thread).
        let source = """
            import threading
            print("start", end=" ")
            t = threading.Thread(target=lambda: print("worker"), name="w")
            t.start()
            t.join()
            print("end")

            """
        let lines = try await PythonCellRunner().run(cell: "page/raw", source: source)
        #expect(
            lines == [
                FidelityLine(stream: .stdout, thread: "MainThread", text: "start worker"),
                FidelityLine(stream: .stdout, thread: "MainThread", text: "end"),
            ])
    }

    @Test func anInterpreterCanBeNamedByPath() async throws {
        let path = try #require(
            (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { $0 + "/python3" }
                .first { FileManager.default.isExecutableFile(atPath: $0) })
        let runner = try PythonCellRunner(python: path)
        defer { runner.removeFiles() }
        #expect(try await runner.version().first?.isNumber == true)
        #expect(try await runner.run(cell: "page/path", source: "print('hi')\n").map(\.text) == ["hi"])
    }
}
