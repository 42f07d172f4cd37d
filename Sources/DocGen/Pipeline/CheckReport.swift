import DocGenVerify

/// The outcome of `docgen check`: a verdict per cell, in page order.
package struct CheckReport: Sendable, Equatable {
    package var verdicts: [(id: String, verdict: SnapshotVerdict)]
    /// Missing snapshots count as failures (set when the `CI` environment variable is present).
    package var missingIsFailure: Bool

    /// Snapshots of these pages whose cell no longer exists (ids), to delete.
    package var orphans: [String]

    /// Temporary files a killed write left among the snapshots (paths), to delete: they fail the check, since
    /// `git add -A` would commit them.
    package var leftovers: [String]
    /// What the runs reported besides their verdicts (a damaged compile-cache entry compiled again, …).
    package var warnings: [String] = []

    package init(
        verdicts: [(id: String, verdict: SnapshotVerdict)], missingIsFailure: Bool, orphans: [String] = [],
        leftovers: [String] = []
    ) {
        self.verdicts = verdicts
        self.missingIsFailure = missingIsFailure
        self.orphans = orphans
        self.leftovers = leftovers
    }

    /// True when every cell matched (or failed as expected), missing snapshots are tolerated or absent, and no
    /// temporary file was left among the snapshots.
    package var passed: Bool {
        leftovers.isEmpty
            && verdicts.allSatisfy {
                switch $0.verdict {
                case .matches, .failedAsExpected: true
                case .missing: !missingIsFailure
                case .differs, .failedToRun: false
                }
            }
    }

    package static func == (lhs: CheckReport, rhs: CheckReport) -> Bool {
        lhs.missingIsFailure == rhs.missingIsFailure && lhs.orphans == rhs.orphans
            && lhs.leftovers == rhs.leftovers
            && lhs.verdicts.map(\.id) == rhs.verdicts.map(\.id)
            && lhs.verdicts.map(\.verdict) == rhs.verdicts.map(\.verdict)
    }
}
