/// How one cell's fresh transcript compares with its snapshot.
public enum SnapshotVerdict: Sendable, Equatable {
    case matches
    case missing
    /// The unified diff from the snapshot to the new transcript.
    case differs(diff: String)
    /// The cell produced no transcript to compare.
    case failedToRun(reason: String)
}

/// Verify stage: compares transcripts with snapshots.
public enum SnapshotVerifier {
    public static func verdict(for execution: CellExecution, store: SnapshotStore) -> SnapshotVerdict {
        guard let result = execution.run.result else {
            return .failedToRun(reason: execution.run.failureReason ?? "no transcript")
        }
        guard let stored = store.read(execution.job.id) else { return .missing }
        let fresh = TranscriptFormat.encode(result)
        if stored == fresh { return .matches }
        return .differs(diff: UnifiedDiff.diff(old: stored, new: fresh, oldName: store.path(for: execution.job.id),
                                               newName: "now"))
    }
}
