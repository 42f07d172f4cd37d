import DocGenModel
@_spi(Harness) import Threading

/// Turns an `Exploration` into plain text for the terminal (`docgen explore`): a headline, then each distinct output
/// with its count, how it ended when that was not normally, and the command that replays it.
package enum ExplorationReport {
    /// The report for `exploration` of the scenario `scenarioID`, listing the `limit` most frequent outputs (all of
    /// them when `limit` is nil). `replayOptions` end each replay command (`--content docs`).
    package static func text(
        _ exploration: Exploration, scenarioID: String, limit: Int? = nil, replayOptions: String = ""
    ) -> String {
        let schedules = exploration.runs == 1 ? "1 schedule" : "\(exploration.runs) schedules"
        var text: String
        if let search = exploration.search {
            text = "\(scenarioID): \(headline(exploration, search))\n"
            if search.cutShort > 0 {
                text +=
                    search.parts == nil
                    ? "(and \(search.cutShort) runs not counted: cut short as redundant, or repeating a class found "
                        + "with fewer preemptions)\n"
                    : "(and \(search.cutShort) runs not counted: cut short as redundant, repeating a class found "
                        + "with fewer preemptions, or of a class another part counts)\n"
            }
        } else {
            let verdict =
                exploration.isDeterministic
                ? "deterministic across \(schedules)"
                : "\(exploration.groups.count) distinct outputs in \(schedules)"
            text = "\(scenarioID): \(verdict) (seed \(exploration.seed))\n"
        }
        let shown = exploration.groups.prefix(limit ?? exploration.groups.count)
        for (index, group) in shown.enumerated() {
            text += "\n--- output \(index + 1) of \(exploration.groups.count): "
            text += "\(group.count) of \(exploration.runs) \(exploration.search == nil ? "schedules" : "executions")"
            text += group.includesDefaultSchedule ? ", including the default\n" : "\n"
            text += group.output
            if !group.output.isEmpty && !group.output.hasSuffix("\n") { text += "\n" }
            text += ending(group.outcome)
            text += "--- replay: docgen run \(scenarioID) --schedule \(group.schedule)\(replayOptions)\n"
        }
        if shown.count < exploration.groups.count {
            text += "\n... and \(exploration.groups.count - shown.count) more distinct outputs (--show 0 lists all)\n"
        }
        return text
    }

    /// `exactly N distinct outputs (search complete: M executions)`, or `at least N … (M executions; bound K)`.
    package static func headline(_ exploration: Exploration, _ search: SearchExtent) -> String {
        let count = exploration.groups.count
        let outputs = count == 1 ? "1 distinct output" : "\(count) distinct outputs"
        let executions =
            (exploration.runs == 1 ? "1 execution" : "\(exploration.runs) executions")
            + (search.parts.map { " in \($0) part\($0 == 1 ? "" : "s")" } ?? "")
        guard let limit = search.limitNote else { return "exactly \(outputs) (search complete: \(executions))" }
        return "at least \(outputs) (\(executions); \(limit))"
    }

    /// How the run ended, when it did not complete normally.
    private static func ending(_ outcome: RunOutcome) -> String {
        switch outcome {
        case .completed: ""
        case .deadlock(let report): "--- deadlock:\n\(report)\n"
        case .uncaughtError(let message): "--- uncaught error: \(message)\n"
        case .stepLimitExceeded(let message): "--- step limit: \(message)\n"
        }
    }
}
