@_spi(Harness) import DocGenModel
import DocGenVerify
@_spi(Harness) import Threading

/// Turns an `Exploration` into an HTML fragment for a cell's page: a deterministic cell gets one sentence; a racy cell
/// gets "N distinct outputs in M schedules" and one `<details>` per output showing its text, its count, the command
/// that replays it and, when the group has its run's events, the output coloured by thread (`ThreadPalette`) and the
/// run's timeline (`TimelineSVG`). Every fold starts closed, so a page's first load carries none of their timelines.
/// An exhaustive search is drawn by `OutcomeTableHTML` instead (its table, then the same folds). Plain HTML, no
/// script; all text escaped.
package enum ExplorationHTML {
    /// The fragment for `exploration` of the cell whose scenario id is `scenarioID` (used in the replay command),
    /// showing the `limit` most frequent outputs and the number of the others. `check` (an exhaustive search's
    /// comparison with the cell's CPython recording) fills in what CPython printed; `defaultRun` (the cell's run,
    /// shown above) marks the search's output that is its.
    package static func fragment(
        _ exploration: Exploration, scenarioID: String, limit: Int = 10, timelines: Bool = true,
        check: ModelCheck? = nil, defaultRun: RunResult? = nil
    ) -> String {
        if exploration.search != nil {
            return OutcomeTableHTML.fragment(
                exploration, scenarioID: scenarioID, check: check, limit: limit, timelines: timelines,
                defaultRun: defaultRun)
        }
        let schedules = exploration.runs == 1 ? "1 schedule" : "\(exploration.runs) schedules"
        guard !exploration.isDeterministic else {
            let ending = exploration.groups.first?.outcome.endingNote ?? ""
            return
                "<p class=\"dg-explore dg-deterministic\">Deterministic across \(schedules)\(ending.htmlEscaped).</p>\n"
        }
        var html = "<div class=\"dg-explore dg-racy\">\n"
        html += "<p>\(exploration.groups.count) distinct outputs in \(schedules)</p>\n"
        html += folds(exploration, scenarioID: scenarioID, limit: limit, timelines: timelines)
        let hidden = exploration.groups.count - max(limit, 1)
        if hidden > 0 {
            let command = "docgen explore \(scenarioID) --runs \(exploration.runs) --seed \(exploration.seed) --show 0"
            html += "<p class=\"dg-more\">\(hidden) more distinct \(hidden == 1 ? "output" : "outputs"): "
            html += "<code>\(command.htmlEscaped)</code> lists them all.</p>\n"
        }
        return html + "</div>\n"
    }

    /// One `<details>` per output of the `limit` most frequent: its share, its text coloured by thread, its replay
    /// command and its timeline. The output at `shownAbove` (default: the default schedule's) is marked as the one
    /// the cell shows.
    static func folds(
        _ exploration: Exploration, scenarioID: String, limit: Int, timelines: Bool, shownAbove: Int? = nil
    ) -> String {
        let shown = shownAbove ?? exploration.groups.firstIndex(where: \.includesDefaultSchedule)
        var html = ""
        let unit = exploration.search == nil ? "schedules" : "executions"
        for (index, group) in exploration.groups.prefix(max(limit, 1)).enumerated() {
            let share = "\(group.count) of \(exploration.runs)"
            html += "<details>\n"
            html +=
                "<summary>Output \(index + 1): \(share) \(unit)\(index == shown ? Self.shownAboveNote : "")"
                + "\(group.outcome.endingNote.htmlEscaped)</summary>\n"
            html +=
                "<pre class=\"dg-output\" tabindex=\"0\" role=\"group\" aria-label=\"Output \(index + 1) of "
                + "\(scenarioID.htmlEscaped)\">\(colouredOutput(group))</pre>\n"
            let command = "docgen run \(scenarioID) --schedule \(group.schedule)"
            html += "<p class=\"dg-replay\">Replay: <code>\(command.htmlEscaped)</code></p>\n"
            if timelines && !group.events.isEmpty {
                html += TimelineSVG.render(events: group.events, outcome: group.outcome, styled: false)
            }
            html += "</details>\n"
        }
        return html
    }

    /// The group's output, escaped, each write in its thread's colour when the events are known.
    private static func colouredOutput(_ group: OutputGroup) -> String {
        let writes = group.events.compactMap { event -> (Int, String)? in
            if case .output(_, let text) = event.kind { (event.threadIndex, text) } else { nil }
        }
        guard !writes.isEmpty else { return group.output.htmlEscaped }
        return writes.map { thread, text in
            "<span class=\"\(ThreadPalette.cssClass(forThread: thread))\">\(text.htmlEscaped)</span>"
        }.joined()
    }

    /// Marks the output of the default schedule, which the cell shows above.
    static let shownAboveNote = " (the default schedule's, shown above)"
}
