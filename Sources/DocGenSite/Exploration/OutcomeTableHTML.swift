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
/// HTML.
enum OutcomeTableHTML {
    /// The block of the cell whose anchor is `anchor`; its `check` (from the cell's CPython recording) fills the
    /// CPython column and the headline's "CPython printed K of them". `limit` outputs get a fold.
    ///
    /// Past `inlineRows` outputs, the table shows the most frequent ones and links to the complete table, which
    /// `figures` puts on a page of its own.
    static func node(_ block: ExplorationBlock, cell anchor: String, figures: inout PageFigures) -> HTMLNode {
        let exploration = block.exploration
        let sentence = headline(exploration, check: block.check)
        let shownAbove = block.defaultRun.flatMap { run in
            let output = OutputTally.combinedOutput(of: run)
            return exploration.groups.firstIndex { $0.output == output && $0.outcome == run.outcome }
        }
        guard exploration.groups.count > 1 else {
            return .group([.tag("p", ["class": "dg-outcomes dg-deterministic"], .text(sentence + ".")), .newline])
        }
        let head = HTMLNode.tag("p", ["class": "dg-outcomes-head"], .text(sentence + "."))
        let shown = max(block.inlineRows, 1)
        var nodes: [HTMLNode] = [.newline, head, .newline, table(block, rows: shown, shownAbove: shownAbove)]
        let hidden = exploration.groups.count - shown
        if hidden > 0 {
            let complete = figures.page(
                title: "Possible outputs of \(block.scenarioID)",
                body: .group([head, .newline, table(block, rows: exploration.groups.count, shownAbove: shownAbove)]),
                cell: anchor)
            let budget = exploration.isComplete ? "" : " --max-executions \(exploration.runs)"
            let command = "docgen explore \(block.scenarioID) --exhaustive\(budget) --show 0"
            nodes += [
                .tag(
                    "p", ["class": "dg-more"],
                    .text("The \(hidden) less frequent \(hidden == 1 ? "output is" : "outputs are") in "),
                    .tag("a", ["href": complete], .text("the complete table")), .text("; "),
                    .tag("code", [:], .text(command)), .text(" lists them too.")),
                .newline, .newline,
            ]
        }
        nodes += [
            .tag("p", ["class": "dg-outcomes-folds"], .text("The most frequent, with their threads and timelines:")),
            .newline, ExplorationHTML.folds(block, cell: anchor, figures: &figures, shownAbove: shownAbove),
        ]
        return .group([.tag("div", ["class": "dg-outcomes"], children: nodes), .newline])
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
        } else if check.distinctPossible < count {
            // Normalising (masks, fidelity mode) merges outputs: count what CPython printed among the merged ones.
            let distinct = check.distinctPossible
            text += "; compared as CPython's output is (masks applied), they are "
            text +=
                distinct == 1
                ? "all alike, and CPython printed that output in \(runs)"
                : "\(distinct) distinct outputs, and CPython printed \(check.seenByCPython) of them in \(runs)"
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
    static func table(_ block: ExplorationBlock, rows: Int, shownAbove: Int? = nil) -> HTMLNode {
        let exploration = block.exploration
        let id = block.scenarioID
        let check = block.check
        let column = check == nil ? "" : ", whether CPython was seen printing it"
        let which =
            rows < exploration.groups.count
            ? "The \(rows) most frequent of the \(exploration.groups.count) outputs of \(id)" : "Every output of \(id)"
        var head: [HTMLNode] = [
            .tag("th", ["scope": "col"], .text("No.")), .tag("th", ["scope": "col"], .text("Output")),
            .tag("th", ["scope": "col"], .text("Share")),
        ]
        if check != nil { head.append(.tag("th", ["scope": "col"], .text("CPython"))) }
        head.append(.tag("th", ["scope": "col"], .text("Replay")))
        var body: [HTMLNode] = [.newline]
        for (index, group) in exploration.groups.prefix(rows).enumerated() {
            body += [row(block, index: index, group: group, shownAbove: shownAbove), .newline]
        }
        let table = HTMLNode.tag(
            "table", ["class": "dg-outcome-table"], .newline,
            .tag(
                "caption", [:],
                .text(
                    "\(which): its share of the \(exploration.runs) executions searched\(column), and the command "
                        + "that replays it")),
            .newline, .tag("thead", [:], .tag("tr", [:], children: head)), .newline,
            .tag("tbody", [:], children: body), .newline)
        return .group([
            .tag(
                "div",
                [
                    "class": "table-box dg-outcome-box", "tabindex": "0", "role": "group",
                    "aria-label": "Possible outputs of \(id)",
                ], .newline, table, .newline),
            .newline,
        ])
    }

    /// The row of the output `group`, the `index`th most frequent.
    private static func row(_ block: ExplorationBlock, index: Int, group: OutputGroup, shownAbove: Int?) -> HTMLNode {
        let exploration = block.exploration
        var output: [HTMLNode] = [.text(group.output)]
        if group.outcome != .completed {
            let newline = group.output.isEmpty || group.output.hasSuffix("\n") ? "" : "\n"
            output += [.text(newline), .tag("em", [:], .text(ending(group.outcome)))]
        }
        let share = exploration.runs > 0 ? Double(group.count) * 100 / Double(exploration.runs) : 0
        var shareCell: [HTMLNode] = [.text("\(percent(share)) (\(group.count))")]
        if index == shownAbove {
            // Markup: its apostrophe is written as is.
            shareCell.append(.raw("<span class=\"dg-shown\">the default schedule's, shown above</span>"))
        }
        var cells: [HTMLNode] = [
            .tag("th", ["scope": "row"], .text("\(index + 1)")),
            .tag("td", [:], .tag("pre", ["class": "dg-output"], children: output)),
            .tag("td", [:], children: shareCell),
        ]
        if let check = block.check {
            let runs = index < check.cpythonRuns.count ? check.cpythonRuns[index] : 0
            cells.append(
                runs > 0
                    ? .tag("td", ["class": "dg-seen"], .text("seen, \(runs) of \(check.recordedRuns)"))
                    : .tag("td", [:], .text("not seen")))
        }
        let command = "docgen run \(block.scenarioID) --schedule \(group.schedule)"
        cells.append(.tag("td", [:], .tag("code", ["class": "dg-command"], .text(command))))
        return .tag("tr", [:], children: cells)
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
