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
