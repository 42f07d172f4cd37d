@testable import DocGen
@testable import DocGenModel
@testable import DocGenRun
import DocGenTestSupport
@testable import DocGenVerify
import Testing
@_spi(Harness) import Threading

@Suite struct VerifyTests {
    @Test func unifiedDiffShowsChangedLinesWithContext() {
        let old = (1...10).map { "line \($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "line 5\n", with: "line five\n")
        #expect(
            UnifiedDiff.diff(old: old, new: new, oldName: "a", newName: "b") == """
                --- a
                +++ b
                @@ -2,7 +2,7 @@
                 line 2
                 line 3
                 line 4
                -line 5
                +line five
                 line 6
                 line 7
                 line 8

                """)
    }

    @Test func identicalTextsHaveNoDiff() {
        #expect(UnifiedDiff.diff(old: "a\n", new: "a\n", oldName: "x", newName: "y") == "")
    }

    @Test func verdictsCompareWithTheStoredTranscript() throws {
        let folder = try TestSupport.temporaryFolder()
        let store = SnapshotStore(root: folder)
        let result = RunResult(
            events: [TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "1\n"))],
            outcome: .completed, schedule: "default")
        let execution = CellExecution(
            job: CellJob(id: "p/c", scenario: ScenarioSource(text: "", path: "x")), run: .finished(result))
        #expect(SnapshotVerifier.verdict(for: execution, store: store) == .missing)
        try store.write(TranscriptFormat.encode(result), for: "p/c")
        #expect(SnapshotVerifier.verdict(for: execution, store: store) == .matches)
        try store.write(
            TranscriptFormat.encode(result).replacingOccurrences(of: "stdout: 1", with: "stdout: 2"),
            for: "p/c")
        guard case .differs(let diff) = SnapshotVerifier.verdict(for: execution, store: store) else {
            Issue.record("expected a difference")
            return
        }
        #expect(diff.contains("-0.000 T0 [MainThread] stdout: 2\n+0.000 T0 [MainThread] stdout: 1\n"))
        let crashed = CellExecution(job: execution.job, run: .failed(.timedOut(seconds: 1)))
        #expect(
            SnapshotVerifier.verdict(for: crashed, store: store)
                == .failedToRun(reason: CellFailure.timedOut(seconds: 1).description))
    }

    @Test func aCellMeantToTimeOutPassesWithoutASnapshot() {
        let store = SnapshotStore(root: "/nonexistent")
        let execution = CellExecution(
            job: CellJob(id: "p/c", scenario: ScenarioSource(text: "", path: "x")), run: .failed(.timedOut(seconds: 2)))
        let reason = CellFailure.timedOut(seconds: 2).description
        #expect(
            SnapshotVerifier.verdict(for: execution, store: store, expected: .timeout)
                == .failedAsExpected(reason: reason))
        #expect(
            SnapshotVerifier.verdict(for: execution, store: store, expected: .deadlock)
                == .failedToRun(reason: reason))
        let report = CheckReport(verdicts: [("p/c", .failedAsExpected(reason: reason))], missingIsFailure: true)
        #expect(report.passed)
    }
}
