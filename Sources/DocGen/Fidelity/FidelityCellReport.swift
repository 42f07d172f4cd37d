/// The outcome of checking one cell against CPython.
public struct FidelityCellReport: Sendable, Equatable {
    public var cell: String
    /// The comparison, when both sides produced output.
    public var verdict: FidelityVerdict?
    /// Why the cell could not be compared, or what else is wrong (a stale recording, a failed run).
    public var problems: [String]

    public init(cell: String, verdict: FidelityVerdict?, problems: [String] = []) {
        self.cell = cell
        self.verdict = verdict
        self.problems = problems
    }

    /// True when nothing went wrong and, if the cell was compared, the Swift output matched.
    public var passed: Bool { problems.isEmpty && verdict?.passed != false }

    /// The report: `PASS daemon  per-thread: matched CPython (output 2 of 3)`, then indented details on failure.
    public var text: String {
        var lines = ["\(passed ? "PASS" : "FAIL") \(cell)  " + (verdict?.summary ?? "not compared")]
        if verdict?.passed == false { lines += verdict!.difference.map { "    " + $0 } }
        lines += problems.map { "    " + $0 }
        return lines.joined(separator: "\n")
    }
}
