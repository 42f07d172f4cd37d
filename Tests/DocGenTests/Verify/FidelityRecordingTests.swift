import DocGenTestSupport
@_spi(Harness) @testable import DocGenVerify
import Foundation
import Testing
@_spi(Harness) import Threading

@Suite("Fidelity recordings and run lines")
struct FidelityRecordingTests {
    private let a = FidelityLine(stream: .stderr, thread: "Thread-1 (worker)", text: "(Thread-1 (worker)) Start")
    private let b = FidelityLine(stream: .stdout, thread: "MainThread", text: "tab\there, and an empty line:")
    private let empty = FidelityLine(stream: .stdout, thread: "MainThread", text: "")

    @Test func groupsRunsIntoVariantsMostFrequentFirst() {
        let recording = CPythonRecording(
            cell: "page/cell", python: "3.11.7", fingerprint: "f", mode: .perThread,
            outputs: [[a, b], [b, a], [b, a], [a, b], [b, a]])
        #expect(recording.variants.map(\.runs) == [3, 2])
        #expect(recording.outputs == [[b, a], [a, b]])
        #expect(recording.runs == 5)
    }

    @Test func encodesAndDecodesLosslessly() throws {
        let recording = CPythonRecording(
            cell: "page/cell", python: "3.11.7", fingerprint: "0123456789abcdef", mode: .multiset,
            variants: [.init(runs: 4, lines: [a, b, empty]), .init(runs: 1, lines: [])])
        let decoded = try CPythonRecording.decode(recording.encoded(), cell: "page/cell", path: "x.txt")
        #expect(decoded == recording)
    }

    @Test func rejectsALineOutsideAVariant() {
        let text = "python: 3.11.7\nfingerprint: f\nmode: exact\nstdout\tMainThread\thello\n"
        #expect(
            throws: FidelityError.badRecording(
                path: "x.txt", line: 4, why: "expected `stream<TAB>thread<TAB>text` inside a variant")
        ) {
            try CPythonRecording.decode(text, cell: "page/cell", path: "x.txt")
        }
    }

    @Test func fingerprintChangesWithSourceModeAndMasks() {
        let base = CPythonRecording.fingerprint(source: "print(1)\n", mode: .exact, masks: [])
        #expect(base == CPythonRecording.fingerprint(source: "print(1)\n", mode: .exact, masks: []))
        #expect(base != CPythonRecording.fingerprint(source: "print(2)\n", mode: .exact, masks: []))
        #expect(base != CPythonRecording.fingerprint(source: "print(1)\n", mode: .perThread, masks: []))
        #expect(base != CPythonRecording.fingerprint(source: "print(1)\n", mode: .exact, masks: [#"\d+"#]))
    }

    @Test func cutsARunsWritesIntoLinesPerStreamInTheOrderTheyWereMade() {
        // Another thread's write before a newline lands in the line, as in a terminal: nothing is rebuilt per thread.
        func output(_ thread: Int, _ name: String, _ stream: StdStream, _ text: String) -> TraceEvent {
            TraceEvent(time: 0, threadIndex: thread, threadName: name, kind: .output(stream, text))
        }
        let run = RunResult(
            events: [
                output(0, "MainThread", .stdout, "func : "),
                output(1, "Thread-1", .stdout, "other\n"),
                output(0, "MainThread", .stderr, "log\n"),
                output(0, "MainThread", .stdout, "Starting 1\nsecond\n"),
                TraceEvent(time: 1, threadIndex: 1, threadName: "Thread-1", kind: .exited),
                output(1, "Thread-1", .stdout, "no newline"),
            ], outcome: .completed, schedule: "")
        #expect(
            run.fidelityLines == [
                FidelityLine(stream: .stdout, thread: "MainThread", text: "func : other"),
                FidelityLine(stream: .stderr, thread: "MainThread", text: "log"),
                FidelityLine(stream: .stdout, thread: "MainThread", text: "Starting 1"),
                FidelityLine(stream: .stdout, thread: "MainThread", text: "second"),
                FidelityLine(stream: .stdout, thread: "Thread-1", text: "no newline"),
            ])
    }
}
