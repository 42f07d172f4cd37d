/// The outcome of checking one cell against CPython.
package struct FidelityCellReport: Sendable, Equatable {
    package var cell: String
    /// The comparison, when both sides produced output.
    package var verdict: FidelityVerdict?
    /// Why the cell could not be compared, or what else is wrong (a stale recording, a failed run).
    package var problems: [String]

    package init(cell: String, verdict: FidelityVerdict?, problems: [String] = []) {
        self.cell = cell
        self.verdict = verdict
        self.problems = problems
    }

    /// True when nothing went wrong and, if the cell was compared, the Swift output matched.
    package var passed: Bool { problems.isEmpty && verdict?.passed != false }

    /// The report: `PASS daemon  per-thread: matched CPython (output 2 of 3)`. A FAIL says why in one line (the
    /// first difference, or the first problem), then shows the diff (CPython's most frequent output against
    /// Swift's), then any further problems, indented.
    package var text: String {
        guard !passed else { return "PASS \(cell)  " + (verdict?.summary ?? "not compared") }
        var rest = problems
        let why: String
        if let reason = verdict?.reason {
            why = reason
        } else if !rest.isEmpty {
            why = rest.removeFirst()
        } else {
            why = verdict?.summary ?? "not compared"
        }
        var lines = ["FAIL \(cell)  " + why]
        if let verdict, !verdict.passed { lines += verdict.diff.map { "    " + $0 } }
        lines += rest.map { "    " + $0 }
        return lines.joined(separator: "\n")
    }
}
