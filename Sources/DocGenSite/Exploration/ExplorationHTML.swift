@_spi(Harness) import DocGenModel
import DocGenVerify
@_spi(Harness) import Threading

/// Draws an `ExplorationBlock` for a cell's page: a deterministic cell gets one sentence; a racy cell gets "N distinct
/// outputs in M schedules" and one `<details>` per output showing its text, its count, the command that replays it
/// and, when the group has its run's events, the output coloured by thread (`ThreadPalette`) and the run's timeline
/// (`TimelineFigure`, placed by `PageFigures`). Every fold starts closed, so a page's first load carries none of their
/// timelines. An exhaustive search is drawn by `OutcomeTableHTML` instead (its table, then the same folds). Plain
/// HTML, no script.
enum ExplorationHTML {
    /// The block of the cell whose anchor is `anchor`, its timelines and complete table placed by `figures`.
    static func node(_ block: ExplorationBlock, cell anchor: String, figures: inout PageFigures) -> HTMLNode {
        let exploration = block.exploration
        if exploration.search != nil { return OutcomeTableHTML.node(block, cell: anchor, figures: &figures) }
        let schedules = exploration.runs == 1 ? "1 schedule" : "\(exploration.runs) schedules"
        guard !exploration.isDeterministic else {
            let ending = exploration.groups.first?.outcome.endingNote ?? ""
            return .group([
                .tag(
                    "p", ["class": "dg-explore dg-deterministic"],
                    .text("Deterministic across \(schedules)\(ending).")),
                .newline,
            ])
        }
        var nodes: [HTMLNode] = [
            .newline, .tag("p", [:], .text("\(exploration.groups.count) distinct outputs in \(schedules)")), .newline,
            folds(block, cell: anchor, figures: &figures),
        ]
        let hidden = exploration.groups.count - max(block.limit, 1)
        if hidden > 0 {
            let command =
                "docgen explore \(block.scenarioID) --runs \(exploration.runs) --seed \(exploration.seed) --show 0"
            nodes += [
                .tag(
                    "p", ["class": "dg-more"], .text("\(hidden) more distinct \(hidden == 1 ? "output" : "outputs"): "),
                    .tag("code", [:], .text(command)), .text(" lists them all.")),
                .newline,
            ]
        }
        return .group([.tag("div", ["class": "dg-explore dg-racy"], children: nodes), .newline])
    }

    /// One `<details>` per output of the `limit` most frequent: its share, its text coloured by thread, its replay
    /// command and its timeline. The output at `shownAbove` (default: the default schedule's) is marked as the one
    /// the cell shows.
    static func folds(
        _ block: ExplorationBlock, cell anchor: String, figures: inout PageFigures, shownAbove: Int? = nil
    ) -> HTMLNode {
        let exploration = block.exploration
        let shown = shownAbove ?? exploration.groups.firstIndex(where: \.includesDefaultSchedule)
        var nodes: [HTMLNode] = []
        let unit = exploration.search == nil ? "schedules" : "executions"
        for (index, group) in exploration.groups.prefix(max(block.limit, 1)).enumerated() {
            let share = "\(group.count) of \(exploration.runs)"
            var fold: [HTMLNode] = [
                .newline,
                .tag(
                    "summary", [:], .text("Output \(index + 1): \(share) \(unit)"),
                    .raw(index == shown ? Self.shownAboveNote : ""), .text(group.outcome.endingNote)),
                .newline,
                .tag(
                    "pre",
                    [
                        "class": "dg-output", "tabindex": "0", "role": "group",
                        "aria-label": "Output \(index + 1) of \(block.scenarioID)",
                    ], colouredOutput(group)),
                .newline,
                .tag(
                    "p", ["class": "dg-replay"], .text("Replay: "),
                    .tag("code", [:], .text("docgen run \(block.scenarioID) --schedule \(group.schedule)"))),
                .newline,
            ]
            if block.timelines && group.hasTimeline && !group.events.isEmpty {
                let figure = TimelineFigure(events: group.events, outcome: group.outcome)
                fold += [figures.link(to: figure, cell: anchor), .newline]
            }
            nodes += [.tag("details", [:], children: fold), .newline]
        }
        return .group(nodes)
    }

    /// The group's output, each thread's text in its colour when the events are known: one span per run of
    /// consecutive writes by one thread (a `print` writes each item, separator and end on its own).
    private static func colouredOutput(_ group: OutputGroup) -> HTMLNode {
        var runs: [(thread: Int, text: String)] = []
        for event in group.events {
            guard case .output(_, let text) = event.kind else { continue }
            if let last = runs.last, last.thread == event.threadIndex {
                runs[runs.count - 1].text += text
            } else {
                runs.append((event.threadIndex, text))
            }
        }
        guard !runs.isEmpty else { return .text(group.output) }
        return .group(
            runs.map { thread, text in
                .tag("span", ["class": ThreadPalette.cssClass(forThread: thread)], .text(text))
            })
    }

    /// Marks the output of the default schedule, which the cell shows above (markup: its apostrophe is written as is).
    static let shownAboveNote = " (the default schedule's, shown above)"
}
