import DocGenTestSupport
@testable import DocGenVerify
import Foundation
import Testing

/// CPython runs that a loaded machine disturbed are not recorded: the wrapper times every sleep and timed wait
/// (`RunTiming`), `fidelity --record` leaves out and reruns a run in which one returned more than max(20 ms, 10 %)
/// late, and refuses to write a recording when most runs were disturbed. The disturbance is real: `StoppingPython`
/// stops the interpreter for 0.4 s while the cell waits 0.1 s, as a busy scheduler does.
@Suite(.serialized, .enabled(if: pythonThatTimesSleeps() != nil))
struct DisturbedRecordingTests {
    let folder: String
    let python = pythonThatTimesSleeps() ?? "python3"

    init() throws {
        folder = try TestSupport.temporaryFolder("disturbed-recording")
    }

    @Test func theWrapperSaysWhichSleepOrTimedWaitReturnedLate() async throws {
        let waits: [(wait: String, setup: String, said: String)] = [
            ("time.sleep(0.1)", "", "time.sleep(0.1) returned after "),
            ("threading.Event().wait(0.1)", "", "a wait with timeout(0.1) returned after "),
            ("try: queue.Queue().get(timeout=0.1)\n        except queue.Empty: pass", "", "a wait with timeout(0."),
            (
                "worker.join(0.1)",
                "worker = threading.Thread(target=threading.Event().wait, daemon=True)\nworker.start()",
                "Thread.join(0.1) returned after "
            ),
        ]
        for (index, kind) in waits.enumerated() {
            let stopping = try StoppingPython(real: python, disturbed: 1, in: folder + "/python-\(index)")
            let runner = try PythonCellRunner(python: stopping.path)
            defer { runner.removeFiles() }
            let source = StoppingPython.waitUntilStopped(kind.wait, setup: kind.setup)
            let stopped = try await runner.timedRun(cell: "page/wait-\(index)", source: source)
            #expect(stopped.lines.map(\.text) == ["stopped"])
            #expect(stopped.timing.timed && stopped.timing.lateReturns >= 1, "\(kind.wait): \(stopped.timing)")
            #expect(stopped.timing.latest.hasPrefix(kind.said), "\(stopped.timing.latest)")
            #expect(stopped.timing.latest.hasSuffix(" in thread MainThread"), "\(stopped.timing.latest)")
            // The next run is not stopped and does not wait: nothing returned late.
            let quiet = try await runner.timedRun(cell: "page/wait-\(index)", source: source)
            #expect(quiet.lines.map(\.text) == ["quiet"])
            #expect(quiet.timing == RunTiming(timed: true))
        }
    }

    @Test func theTimingLineIsReadAndNeverTakenForOutput() {
        let line = "timing\t2\ttime.sleep(0.5) returned after 0.812 s in thread Worker\\t1"
        #expect(
            PythonTagWrapper.timing(line[...])
                == RunTiming(
                    timed: true, lateReturns: 2, latest: "time.sleep(0.5) returned after 0.812 s in thread Worker\t1"))
        #expect(PythonTagWrapper.timing("timing\tuntimed\t") == RunTiming(timed: false))
        #expect(PythonTagWrapper.timing("stdout\tMainThread\ttiming") == nil)
        #expect(PythonTagWrapper.write("timing\t0\t") == nil)
    }

    /// A docs project of one cell whose Python prints `stopped` in a disturbed run and `quiet` otherwise.
    private func project() throws -> String {
        let project = folder + "/project"
        try TestSupport.write(
            """
            # Page

            ## Cell

            ```python
            \(StoppingPython.waitUntilStopped("time.sleep(0.1)"))```

            ```swift
            print("quiet")
            ```
            """, to: project + "/content/page.md")
        return project
    }

    @Test func disturbedRunsAreLeftOutOfTheRecordingAndRunAgain() throws {
        let project = try project()
        let stopping = try StoppingPython(real: python, disturbed: 2, in: folder + "/python")
        let result = try DocgenBinary.run(
            ["fidelity", "--record", "--python", stopping.path, "--runs", "4", "--max-runs", "12"], in: project)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(
            result.stdout.contains(
                "OK   page/cell  recorded 4 runs, 1 distinct output(s); 2 disturbed run(s) left out"),
            "\(result.stdout)")
        let recording = try #require(try CPythonRecording.load(cell: "page/cell", root: project + "/Tests/Fidelity"))
        // Only what the undisturbed runs printed: the 2 stopped runs' `stopped` is not among the variants.
        #expect(recording.variants.map(\.runs) == [4])
        #expect(recording.outputs.map { $0.map(\.text) } == [["quiet"]])
        #expect(stopping.runs == 6)
    }

    @Test func aCellWhoseRunsWereMostlyDisturbedIsNotRecorded() throws {
        let project = try project()
        let root = project + "/Tests/Fidelity"
        let old = CPythonRecording(
            cell: "page/cell", python: "3.13.0", fingerprint: "f", mode: .exact,
            variants: [.init(runs: 1, lines: [FidelityLine(stream: .stdout, thread: "MainThread", text: "old")])])
        try old.write(root: root)
        let stopping = try StoppingPython(real: python, disturbed: 100, in: folder + "/python")
        let result = try DocgenBinary.run(
            ["fidelity", "--record", "--python", stopping.path, "--runs", "4", "--max-runs", "12"], in: project)
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let line = try #require(
            result.stdout.split(separator: "\n").first { $0.hasPrefix("FAIL page/cell") },
            "\(result.stdout)\(result.stderr)")
        #expect(
            line.hasPrefix(
                "FAIL page/cell  not recorded: 4 of 4 CPython runs were disturbed, a sleep or timed wait returning "
                    + "more than max(20 ms, 10 %) late (time.sleep(0.1) returned after "),
            "\(line)")
        #expect(
            line.hasSuffix(
                "record it again when the machine is quiet (docgen fidelity --record --cell page/cell) or with "
                    + "fewer --python-jobs"), "\(line)")
        #expect(stopping.runs == 4)
        // The committed recording is left as it was.
        #expect(try TestSupport.read(CPythonRecording.path(for: "page/cell", root: root)) == old.encoded())
    }
}
