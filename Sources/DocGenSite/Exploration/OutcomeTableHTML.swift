import DocGenExplore
import DocGenModel
import DocGenVerify
@_spi(Harness) import Threading

/// The jcstress-style outcome table of an exhaustive exploration, for a cell's page: a headline that says whether the
/// set is complete ("N possible outputs; CPython printed K of them in R runs", or, when a bound or the budget cut the
/// search short, "At least N possible outputs — the search stopped after M executions, its budget"), then, for more
/// than one output, a table with a row per output: its text, its share of the search's executions, whether CPython
/// was seen printing it (when the cell has a recording) and the command that replays it; then the flip-through view
/// of the most frequent outputs (`ExplorationHTML.folds`). The output the cell's default run printed is marked. Plain
/// HTML; all text escaped.
package enum OutcomeTableHTML {
    /// The fragment for `exploration` of cell `scenarioID`; `check` (from the cell's CPython recording) fills the
    /// CPython column and the headline's "CPython printed K of them". `limit` outputs get a fold.
    ///
    /// Past `inlineRows` outputs, the table shows the most frequent ones and links to the complete table, which it
    /// leaves between `LazyTables` markers for the page renderer to move into a file of its own.
    package static func fragment(
        _ exploration: Exploration, scenarioID: String, check: ModelCheck? = nil, limit: Int = 10,
        timelines: Bool = true, inlineRows: Int = 20, defaultRun: RunResult? = nil
    ) -> String {
        let sentence = headline(exploration, check: check)
        let shownAbove = defaultRun.flatMap { run in
            let output = OutputTally.combinedOutput(of: run)
            return exploration.groups.firstIndex { $0.output == output && $0.outcome == run.outcome }
        }
        guard exploration.groups.count > 1 else {
            return "<p class=\"dg-outcomes dg-deterministic\">\(sentence.htmlEscaped).</p>\n"
        }
        var html = "<div class=\"dg-outcomes\">\n<p class=\"dg-outcomes-head\">\(sentence.htmlEscaped).</p>\n"
        let shown = max(inlineRows, 1)
        html += table(exploration, scenarioID: scenarioID, check: check, rows: shown, shownAbove: shownAbove)
        let hidden = exploration.groups.count - shown
        if hidden > 0 {
            let budget = exploration.isComplete ? "" : " --max-executions \(exploration.runs)"
            let command = "docgen explore \(scenarioID) --exhaustive\(budget) --show 0"
            html += "<p class=\"dg-more\">The \(hidden) less frequent \(hidden == 1 ? "output is" : "outputs are") in "
            html += "<a \(LazyTables.referenceHref)>the complete table</a>; <code>\(command.htmlEscaped)</code> "
            html += "lists them too.</p>\n"
            html += LazyTables.start + "<h1>Possible outputs of \(scenarioID.htmlEscaped)</h1>\n"
            html += "<p class=\"dg-outcomes-head\">\(sentence.htmlEscaped).</p>\n"
            html += table(
                exploration, scenarioID: scenarioID, check: check, rows: exploration.groups.count,
                shownAbove: shownAbove)
            html += LazyTables.end + "\n"
        }
        html += "<p class=\"dg-outcomes-folds\">The most frequent, with their threads and timelines:</p>\n"
        html += ExplorationHTML.folds(
            exploration, scenarioID: scenarioID, limit: limit, timelines: timelines, shownAbove: shownAbove)
        return html + "</div>\n"
    }

    /// The headline, without its full stop: how many outputs are possible (exactly, or at least and why the search
    /// stopped) and, with `check`, how many of them CPython printed in its recorded runs.
    package static func headline(_ exploration: Exploration, check: ModelCheck? = nil) -> String {
        let count = exploration.groups.count
        let outputs = count == 1 ? "1 possible output" : "\(count) possible outputs"
        let executions = exploration.runs == 1 ? "1 execution" : "\(exploration.runs) executions"
        var text: String
        if let search = exploration.search, !search.complete {
            text = "At least \(outputs) — the search stopped after \(executions)"
            if search.diverged {
                text += ": the program's choices changed between runs"
            } else if search.boundHit, let bound = search.preemptionBound {
                text += ": it explored only schedules with at most \(bound) preemption\(bound == 1 ? "" : "s")"
            } else if search.budget != nil {
                text += ", its budget"
            }
        } else {
            let all =
                exploration.runs == 1 ? "the only distinct schedule" : "all \(exploration.runs) distinct schedules"
            text = outputs.prefix(1).uppercased() + outputs.dropFirst() + " (the search ran \(all))"
        }
        guard let check else { return text }
        let runs = check.recordedRuns == 1 ? "1 run" : "\(check.recordedRuns) runs"
        if count == 1 {
            let seen = check.cpythonRuns.first ?? 0
            text += seen == 0 ? "; CPython never printed it in \(runs)" : "; CPython printed it in \(seen) of \(runs)"
        } else {
            text += "; CPython printed \(check.seenByCPython) of them in \(runs)"
        }
        if !check.unexplained.isEmpty {
            let others = check.unexplained.count == 1 ? "1 other output" : "\(check.unexplained.count) other outputs"
            text += check.complete ? ", and \(others) the model calls impossible" : ", and \(others) not reached"
        }
        return text
    }

    /// The table of the `rows` most frequent outputs, in a box that scrolls sideways on narrow screens (focusable,
    /// so the keyboard can scroll it); the output at `shownAbove` is marked as the cell's.
    static func table(
        _ exploration: Exploration, scenarioID: String, check: ModelCheck?, rows: Int, shownAbove: Int? = nil
    ) -> String {
        let id = scenarioID.htmlEscaped
        var html =
            "<div class=\"table-box dg-outcome-box\" tabindex=\"0\" role=\"group\" "
            + "aria-label=\"Possible outputs of \(id)\">\n<table class=\"dg-outcome-table\">\n"
        let column = check == nil ? "" : ", whether CPython was seen printing it"
        let which =
            rows < exploration.groups.count
            ? "The \(rows) most frequent of the \(exploration.groups.count) outputs of \(id)" : "Every output of \(id)"
        html +=
            "<caption>\(which): its share of the \(exploration.runs) executions searched\(column), and the command "
            + "that replays it</caption>\n"
        html += "<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Output</th><th scope=\"col\">Share</th>"
        html += check == nil ? "" : "<th scope=\"col\">CPython</th>"
        html += "<th scope=\"col\">Replay</th></tr></thead>\n<tbody>\n"
        for (index, group) in exploration.groups.prefix(rows).enumerated() {
            let share = exploration.runs > 0 ? Double(group.count) * 100 / Double(exploration.runs) : 0
            html += "<tr><th scope=\"row\">\(index + 1)</th>"
            html += "<td><pre class=\"dg-output\">\(group.output.htmlEscaped)"
            if group.outcome != .completed {
                let newline = group.output.isEmpty || group.output.hasSuffix("\n") ? "" : "\n"
                html += "\(newline)<em>\(ending(group.outcome).htmlEscaped)</em>"
            }
            html += "</pre></td><td>\(percent(share)) (\(group.count))"
            if index == shownAbove { html += "<span class=\"dg-shown\">the default schedule's, shown above</span>" }
            html += "</td>"
            if let check {
                let runs = index < check.cpythonRuns.count ? check.cpythonRuns[index] : 0
                html +=
                    runs > 0 ? "<td class=\"dg-seen\">seen, \(runs) of \(check.recordedRuns)</td>" : "<td>not seen</td>"
            }
            let command = "docgen run \(scenarioID) --schedule \(group.schedule)"
            html += "<td><code class=\"dg-command\">\(command.htmlEscaped)</code></td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</div>\n"
    }

    /// How a run ended other than normally, as a last line of its output.
    private static func ending(_ outcome: RunOutcome) -> String {
        switch outcome {
        case .completed: ""
        case .deadlock: "(deadlock)"
        case .uncaughtError(let message): "(\(message))"
        case .stepLimitExceeded: "(step limit)"
        }
    }

    /// `12.5%`, `0.1%`, `100%`: one decimal at most.
    private static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
