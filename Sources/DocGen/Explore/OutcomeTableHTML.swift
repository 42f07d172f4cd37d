import Threading

/// The jcstress-style outcome table of an exhaustive exploration, for a cell's page: a headline that says whether
/// the set is complete ("N possible outputs; CPython printed K of them in R runs", or, when a bound or budget cut the
/// search short, "At least N possible outputs (… bound K)"), then one row per output with its share of the
/// executions, whether CPython was seen printing it, and the command that replays it. Plain HTML; all text escaped.
/// The flip-through view (`ExplorationHTML.fragment`) can follow it.
public enum OutcomeTableHTML {
    /// The table for `exploration` of cell `scenarioID`; `check` (from the cell's CPython recording) fills the CPython
    /// column and the headline's "CPython printed K of them"; without it the column says "not recorded".
    public static func fragment(_ exploration: Exploration, scenarioID: String, check: ModelCheck? = nil) -> String {
        let count = exploration.groups.count
        let outputs = count == 1 ? "1 possible output" : "\(count) possible outputs"
        var headline: String
        if let limit = exploration.search?.limitNote {
            headline = "At least \(outputs) (the search stopped early: \(limit); there may be more)"
        } else {
            headline = outputs.prefix(1).uppercased() + outputs.dropFirst()
        }
        if let check {
            headline += "; CPython printed \(check.seenByCPython) of them in \(check.recordedRuns) runs"
        }
        var html = "<div class=\"dg-outcomes\">\n<p>\(headline.htmlEscaped).</p>\n"
        html += "<table class=\"dg-outcome-table\">\n<thead><tr><th>Output</th><th>Share of executions</th>"
        html += "<th>Seen in CPython</th><th>Replay</th></tr></thead>\n<tbody>\n"
        for (index, group) in exploration.groups.enumerated() {
            let share = exploration.runs > 0 ? Double(group.count) * 100 / Double(exploration.runs) : 0
            let seen: String
            if let check, index < check.cpythonRuns.count {
                seen = check.cpythonRuns[index] > 0 ? "yes (\(check.cpythonRuns[index]) runs)" : "no"
            } else {
                seen = "not recorded"
            }
            let command = "docgen run \(scenarioID) --schedule \(group.schedule)"
            html += "<tr><td><pre class=\"dg-output\">\(group.output.htmlEscaped)"
            html += "\(group.outcome.endingNote.htmlEscaped)</pre></td>"
            html += "<td>\(group.count) of \(exploration.runs) (\(percent(share)))</td><td>\(seen)</td>"
            html += "<td><code>\(command.htmlEscaped)</code></td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }

    /// `12.5%`, `0.1%`, `100%`: one decimal at most.
    private static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
