/// How far an exhaustive search of a cell's schedules went: complete, or cut short by a preemption bound, an execution
/// or time budget, or a program whose choices changed between runs.
package struct SearchExtent: Sendable, Equatable {
    /// True when every distinct schedule was explored.
    package let complete: Bool
    /// The preemption bound, when one was set.
    package let preemptionBound: Int?
    /// True when that bound left schedules unexplored.
    package let boundHit: Bool
    /// The execution budget, when the search stopped at it.
    package let budget: Int?
    /// The time budget in seconds, when the search stopped at it.
    package let secondsBudget: Double?
    /// True when re-running a schedule gave other choices (the program is not deterministic given its schedule).
    package let diverged: Bool
    /// Runs besides the executions: cut short as redundant (every choice left asleep), or of a class a round of fewer
    /// preemptions had run.
    package let cutShort: Int
    /// How many parts the search was split into (`docgen explore --jobs`, `--shard`), or nil for a search in one
    /// piece. `cutShort` then also counts the runs of a class another part counts.
    package let parts: Int?

    package init(
        complete: Bool, preemptionBound: Int?, boundHit: Bool, budget: Int?, diverged: Bool, cutShort: Int = 0,
        secondsBudget: Double? = nil, parts: Int? = nil
    ) {
        self.complete = complete
        self.preemptionBound = preemptionBound
        self.boundHit = boundHit
        self.budget = budget
        self.secondsBudget = secondsBudget
        self.diverged = diverged
        self.cutShort = cutShort
        self.parts = parts
    }

    /// Why the search is not complete, in words (`bound 2`, `budget 1000`, …); nil when it is.
    package var limitNote: String? {
        guard !complete else { return nil }
        var notes: [String] = []
        if boundHit, let preemptionBound { notes.append("bound \(preemptionBound)") }
        if let budget { notes.append("stopped at its budget of \(budget) executions") }
        if let secondsBudget {
            let seconds = secondsBudget.rounded() == secondsBudget ? "\(Int(secondsBudget))" : "\(secondsBudget)"
            notes.append("stopped at its budget of \(seconds) s")
        }
        if diverged { notes.append("the program's choices changed between runs") }
        return notes.isEmpty ? "incomplete" : notes.joined(separator: ", ")
    }
}
