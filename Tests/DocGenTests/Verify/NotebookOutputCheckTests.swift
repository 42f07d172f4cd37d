import DocGenModel
@testable import DocGenVerify
import Foundation
import Testing
@_spi(Harness) import Threading

@Suite struct NotebookOutputCheckTests {
    let cell = FidelityCell(id: "p/c", source: "print('x')\n", mode: .perThread, masks: ["n=\\d+"])

    func run(_ writes: [(StdStream, String, String)]) -> RunResult {
        RunResult(
            events: writes.map { TraceEvent(time: 0, threadIndex: 0, threadName: $0.1, kind: .output($0.0, $0.2)) },
            outcome: .completed, schedule: "default")
    }

    func printed(stdout: String, stderr: String = "", python: String = "print('x')\n") -> ExecutedNotebook.CodeCell {
        ExecutedNotebook.CodeCell(id: "c", python: python, executed: true, stdout: stdout, stderr: stderr, errors: [])
    }

    @Test func theOutputsArePerStreamNormalisedAndFoundInThePageTheSearchOrTheRecording() throws {
        let shown = run([(.stdout, "a", "a: n=1\n"), (.stderr, "MainThread", "00:00:00 log\n"), (.stdout, "b", "b\n")])
        let check = NotebookOutputCheck(recordings: "/nonexistent")
        // Other timestamps and masked numbers; stderr's line read apart from stdout's, as Jupyter's two pipes give it.
        let same = check.check(
            cell, shown: shown, exploration: nil, printed: printed(stdout: "a: n=7\nb\n", stderr: "19:23:57 log\n"))
        #expect(same.passed && same.text == "printed the page's output")
        let other = run([(.stdout, "b", "b\n"), (.stdout, "a", "a: n=2\n"), (.stderr, "MainThread", "00:00:00 log\n")])
        let exploration = Exploration(
            runs: 2, seed: 0,
            groups: [
                OutputGroup(
                    output: "", outcome: .completed, count: 1, schedule: "default", firstRun: 0, events: shown.events),
                OutputGroup(
                    output: "", outcome: .completed, count: 1, schedule: "r1", firstRun: 1, events: other.events),
            ])
        let swapped = printed(stdout: "b\na: n=3\n", stderr: "12:00:00 log\n")
        #expect(
            check.check(cell, shown: shown, exploration: exploration, printed: swapped).text
                == "printed possible output 2 of 2")
        let unknown = check.check(cell, shown: shown, exploration: exploration, printed: printed(stdout: "b\n"))
        #expect(!unknown.passed)
        #expect(unknown.line.hasPrefix("FAIL p/c  notebook: printed none of the 3 outputs docgen knows for the cell"))
        #expect(unknown.text.contains("stdout line 1:") && unknown.text.contains("notebook: b"))
    }

    @Test func aPerThreadCellMatchesAKnownOutputWithItsThreadsInterleavedDifferently() {
        let check = NotebookOutputCheck(recordings: "/nonexistent")
        let shown = run([
            (.stdout, "a", "a1\n"), (.stdout, "b", "b1\n"), (.stdout, "a", "a2\n"), (.stdout, "b", "b2\n"),
        ])
        let interleaved = check.check(
            cell, shown: shown, exploration: nil, printed: printed(stdout: "b1\na1\nb2\na2\n"))
        #expect(
            interleaved.text == "printed the page's output, its threads' lines interleaved differently (per-thread)")
        // One thread's own order changed: not a per-thread match.
        #expect(!check.check(cell, shown: shown, exploration: nil, printed: printed(stdout: "a2\na1\nb1\nb2\n")).passed)
        // A text two threads printed cannot be given a thread: only the line-by-line comparison holds.
        let same = run([(.stdout, "a", "x\n"), (.stdout, "b", "x\n"), (.stdout, "a", "y\n")])
        #expect(!check.check(cell, shown: same, exploration: nil, printed: printed(stdout: "x\ny\nx\n")).passed)
        let exact = FidelityCell(id: "p/c", source: "print('x')\n", mode: .exact)
        #expect(
            !check.check(exact, shown: shown, exploration: nil, printed: printed(stdout: "b1\na1\nb2\na2\n")).passed)
    }

    @Test func aStaleUnrunOrRaisingNotebookCellFailsSayingWhy() {
        let check = NotebookOutputCheck(recordings: "/nonexistent")
        let shown = run([(.stdout, "MainThread", "x\n")])
        #expect(
            check.check(cell, shown: shown, exploration: nil, printed: printed(stdout: "x\n", python: "print('y')\n"))
                .text
                == "the notebook's Python differs from the page's: build the site again (docgen build)")
        var notRun = printed(stdout: "")
        notRun.executed = false
        #expect(
            check.check(cell, shown: shown, exploration: nil, printed: notRun).text == "Jupyter did not run the cell")
        var raised = printed(stdout: "x\n")
        raised.errors = ["CalledProcessError: exit status 1"]
        #expect(!check.check(cell, shown: shown, exploration: nil, printed: raised).passed)
    }

    @Test func aMultisetCellComparesSortedLinesAndARecordingCounts() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nb-check-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let multiset = FidelityCell(id: "p/c", source: "print('x')\n", mode: .multiset)
        let recording = CPythonRecording(
            cell: "p/c", python: "3.13.0", fingerprint: multiset.fingerprint, mode: .multiset,
            outputs: [[FidelityLine(stream: .stdout, thread: "t", text: "z")]])
        try recording.write(root: folder)
        let check = NotebookOutputCheck(recordings: folder)
        let shown = run([(.stdout, "a", "1\n"), (.stdout, "b", "2\n")])
        #expect(check.check(multiset, shown: shown, exploration: nil, printed: printed(stdout: "2\n1\n")).passed)
        #expect(
            check.check(multiset, shown: shown, exploration: nil, printed: printed(stdout: "z\n")).text
                == "printed CPython's recorded output 1 of 1")
    }

    @Test func anExecutedNotebookIsReadWithItsStreamsJoinedAndItsMagicLineDropped() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nb-\(UUID().uuidString).ipynb").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let json = """
            {"cells": [{"cell_type": "markdown", "id": "m", "metadata": {}, "source": "x"},
              {"cell_type": "code", "id": "c", "execution_count": 3, "metadata": {},
               "source": ["%%script python3\\n", "print('x')\\n"],
               "outputs": [{"output_type": "stream", "name": "stdout", "text": "a\\n"},
                           {"output_type": "stream", "name": "stderr", "text": ["e\\n"]},
                           {"output_type": "stream", "name": "stdout", "text": ["b\\n"]}]}],
             "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
            """
        try Data(json.utf8).write(to: URL(fileURLWithPath: path))
        let notebook = try ExecutedNotebook(path: path)
        #expect(
            notebook.cells == [
                ExecutedNotebook.CodeCell(
                    id: "c", python: "print('x')\n", executed: true, stdout: "a\nb\n", stderr: "e\n", errors: [])
            ])
        #expect(throws: NotebookReadError.self) { try ExecutedNotebook(path: path + ".missing") }
    }
}
