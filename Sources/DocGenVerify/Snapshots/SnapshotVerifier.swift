import DocGenModel
import DocGenRun

/// Verify stage: compares transcripts with snapshots.
package enum SnapshotVerifier {
    /// How `execution`'s transcript compares with the stored snapshot; `expected` is the cell's `expect=` option.
    package static func verdict(
        for execution: CellExecution, store: SnapshotStore, expected: ExpectedFailure? = nil
    ) -> SnapshotVerdict {
        guard let result = execution.run.result else {
            let reason = execution.run.failureReason ?? "no transcript"
            let asExpected = !execution.run.isUnexpectedFailure(expected: expected)
            return asExpected ? .failedAsExpected(reason: reason) : .failedToRun(reason: reason)
        }
        guard let stored = store.read(execution.job.id) else { return .missing }
        let fresh = TranscriptFormat.encode(result)
        if stored == fresh { return .matches }
        return .differs(
            diff: UnifiedDiff.diff(
                old: stored, new: fresh, oldName: store.path(for: execution.job.id),
                newName: "now"))
    }
}

/// How one cell's fresh transcript compares with its snapshot.
package enum SnapshotVerdict: Sendable, Equatable {
    case matches
    case missing
    /// The unified diff from the snapshot to the new transcript.
    case differs(diff: String)
    /// The cell produced no transcript to compare.
    case failedToRun(reason: String)
    /// The cell produced no transcript, and failing that way is what its `expect=` option says.
    case failedAsExpected(reason: String)
}
