/// The outcome of `docgen check`: a verdict per cell, in page order.
public struct CheckReport: Sendable, Equatable {
    public var verdicts: [(id: String, verdict: SnapshotVerdict)]
    /// Missing snapshots count as failures (set when the `CI` environment variable is present).
    public var missingIsFailure: Bool

    /// Snapshots of these pages whose cell no longer exists (ids), to delete.
    public var orphans: [String]

    public init(verdicts: [(id: String, verdict: SnapshotVerdict)], missingIsFailure: Bool, orphans: [String] = []) {
        self.verdicts = verdicts
        self.missingIsFailure = missingIsFailure
        self.orphans = orphans
    }

    /// True when every cell matched (or failed as expected), and missing snapshots are tolerated or absent.
    public var passed: Bool {
        verdicts.allSatisfy {
            switch $0.verdict {
            case .matches, .failedAsExpected: true
            case .missing: !missingIsFailure
            case .differs, .failedToRun: false
            }
        }
    }

    public static func == (lhs: CheckReport, rhs: CheckReport) -> Bool {
        lhs.missingIsFailure == rhs.missingIsFailure && lhs.orphans == rhs.orphans
            && lhs.verdicts.map(\.id) == rhs.verdicts.map(\.id)
            && lhs.verdicts.map(\.verdict) == rhs.verdicts.map(\.verdict)
    }
}
