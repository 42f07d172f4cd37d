import DocGenTestSupport
@testable import DocGenVerify
import Foundation
import Testing
@_spi(Harness) import Threading

private func out(_ thread: String, _ text: String) -> FidelityLine {
    FidelityLine(stream: .stdout, thread: thread, text: text)
}

/// A recording that never settles names the mask that would make it settle (checked on the runs), and FAILs say why
/// in one line, then show a diff.
@Suite struct MaskSuggestionTests {
    @Test func interleavingAloneNeedsNoMask() {
        // Two orders, each seen again and again: the runs settle by themselves.
        let a = [out("A", "1"), out("B", "2")]
        let b = [out("B", "2"), out("A", "1")]
        #expect(MaskSuggestion.settledAfter([a, b, a, a, b], quietRuns: 3) == 5)
    }

    @Test func aVaryingNumberCallsForAMaskThatIsCheckedFirst() {
        let outputs = [38, 41, 7, 12, 90, 55].map {
            [out("MainThread", "start"), out("MainThread", "(worker) value=\($0) done")]
        }
        #expect(MaskSuggestion.settledAfter(outputs, quietRuns: 3) == nil)
        let suggestion = MaskSuggestion.settling(outputs, quietRuns: 3)
        #expect(suggestion?.option == #"<!-- docgen: mask="value=\d+" -->"#)
        #expect(suggestion?.settledAfter == 4)
        // The suggested mask, written in a cell, parses and makes the runs settle.
        let normaliser = try! FidelityNormaliser(masks: [#"value=\d+"#])
        #expect(MaskSuggestion.settledAfter(outputs.map { $0.map(normaliser.normalise) }, quietRuns: 3) == 4)
    }

    @Test func aDifferentNumberOfLinesHasNoSuggestion() {
        let outputs = (1...6).map { n in [out("A", "Working...")] + Array(repeating: out("A", "tick"), count: n) }
        #expect(MaskSuggestion.settling(outputs, quietRuns: 3) == nil)
    }

    @Test func aFailSaysWhyInOneLineThenShowsTheDiff() {
        let python = [[out("MainThread", "one"), out("MainThread", "two"), out("MainThread", "three")]]
        let swift = [out("MainThread", "one"), out("MainThread", "2"), out("MainThread", "three")]
        let verdict = FidelityVerdict.compare(python: python, swift: swift, mode: .exact)
        let report = FidelityCellReport(cell: "page/cell", verdict: verdict)
        let lines = report.text.split(separator: "\n").map(String.init)
        #expect(lines.first == "FAIL page/cell  exact: differs from CPython at line 2 (1 output seen)")
        #expect(lines.contains("    -[MainThread] two"))
        #expect(lines.contains("    +[MainThread] 2"))
        #expect(lines.contains("     [MainThread] one"))
        let problem = FidelityCellReport(cell: "page/cell", verdict: nil, problems: ["no CPython recording", "other"])
        #expect(problem.text == "FAIL page/cell  no CPython recording\n    other")
    }
}

/// Cells that raise on purpose, and tracebacks, compared with real python3 (skipped where there is none).
@Suite(.serialized, .enabled(if: pythonIsInstalled())) struct FidelityErrorCellTests {
    private let root = FileManager.default.temporaryDirectory.appendingPathComponent("errors-\(UUID().uuidString)").path

    private static let raising = """
        import threading

        def work():
            raise KeyError("in a thread")

        print("before")
        t = threading.Thread(target=work, name="worker")
        t.start()
        t.join()
        raise ValueError("boom")

        """

    private static let swift: @Sendable () throws -> Void = {
        print("before")
        let t = Thread(name: "worker", target: { throw Exception("in a thread") })
        try t.start()
        try t.join()
        throw ValueError("boom")
    }

    @Test func anExpectErrorCellComparesItsOutputAndTheTracebacksLastLine() async throws {
        let python = try PythonCellRunner()
        defer { python.removeFiles() }
        // The Swift port raises Exception where Python raises KeyError: a real difference the check must see.
        let cell = FidelityCell(id: "page/raises", source: Self.raising, raises: true)
        let recorded = try await FidelityRecorder(python: python, recordings: root, runs: 2).record([cell])
        #expect(recorded.map(\.passed) == [true], "\(recorded.map(\.text))")
        let recording = try #require(try CPythonRecording.load(cell: "page/raises", root: root))
        #expect(
            recording.outputs.first?.map(\.text) == [
                "before", "Exception in thread worker:", "Traceback (most recent call last):",
                "KeyError: 'in a thread'",
                "Traceback (most recent call last):", "ValueError: boom",
            ])
        let check = FidelityCheck(python: python, recordings: root)
        let result = runProgram(RunOptions(), main: Self.swift)
        let reports = await check.check([cell]) { _ in .success(result) }
        #expect(reports.first?.passed == false)
        #expect(reports.first?.text.hasPrefix("FAIL page/raises  exact: differs from CPython at line 4") == true)
        #expect(reports.first?.text.contains("-[worker] KeyError: 'in a thread'  (stderr)") == true)

        let fixed = runProgram(RunOptions()) {
            print("before")
            let t = Thread(name: "worker", target: { throw PortedKeyError() })
            try t.start()
            try t.join()
            throw ValueError("boom")
        }
        let passing = await check.check([cell]) { _ in .success(fixed) }
        #expect(passing.first?.passed == true, "\(passing.map(\.text))")
        let completing = await check.check([cell]) { _ in .success(runProgram(RunOptions()) { print("before") }) }
        #expect(completing.first?.text.contains("but the cell is marked expect=error") == true)
    }

    @Test func aCellThatRaisesWithoutExpectErrorSaysWhatItRaised() async throws {
        let error = await #expect(throws: FidelityError.self) {
            try await PythonCellRunner().run(cell: "tests/raises", source: Self.raising)
        }
        #expect(error?.description.contains("exited(1): ValueError: boom (mark the cell expect=error") == true)
        let finishing = await #expect(throws: FidelityError.self) {
            try await PythonCellRunner().run(cell: "tests/fine", source: "print(1)\n", raises: true)
        }
        #expect(finishing?.description.contains("marked expect=error but python3 ended with exited(0)") == true)
    }

    @Test func aCellThatVariesIsNotRecordedAndTheMaskIsNamed() async throws {
        let source = "import random\nprint('value', random.randint(100, 999))\n"
        let cell = FidelityCell(id: "page/random", source: source)
        let reports = try await FidelityRecorder(
            python: try PythonCellRunner(), recordings: root, runs: 8, maximumRuns: 16
        ).record([cell])
        let text = try #require(reports.first?.text)
        #expect(reports.first?.passed == false)
        #expect(text.contains("not recorded: CPython printed"))
        #expect(text.contains(#"mark the cell <!-- docgen: mask="\d+" -->"#), "\(text)")
        #expect(text.contains("--- CPython run A"))
        #expect(try CPythonRecording.load(cell: "page/random", root: root) == nil)
    }
}

/// Python's `KeyError('in a thread')` as the port raises it.
private struct PortedKeyError: PythonException {
    var typeName: String { "KeyError" }
    var message: String { "'in a thread'" }
}
