import DocGenModel
@_spi(Harness) import Threading

/// Renders one notebook cell: header with badges, Python | Swift sources, the output labelled by thread, then the
/// blocks decorators added (`CellBlock`), each drawn by its kind with its files placed by `figures`.
enum CellRenderer {
    static func render(_ view: CellView, figures: inout PageFigures) -> HTMLNode {
        let anchor = Document.cellAnchor(view.cell.id)
        var head: [HTMLNode] = [
            .tag(
                "a",
                ["class": "cell-id", "id": anchor + "-id", "href": "#" + anchor, "title": "Permalink to this cell"],
                .text(view.scenarioID))
        ]
        for badge in statusBadges(view) + view.badges {
            head += [.text(" "), node(badge)]
        }
        var nodes: [HTMLNode] = [
            .newline, .tag("header", ["class": "cell-head"], children: head), .newline,
            .tag(
                "div", ["class": "sources"], .newline,
                source("Python", language: "python", code: view.cell.source, anchor: anchor),
                source("Swift · " + view.swiftPath, language: "swift", code: view.swiftSource, anchor: anchor)),
            .newline, output(view, anchor: anchor),
        ]
        for block in view.blocks {
            nodes += [
                .tag("div", ["class": "extra"], .newline, node(block, cell: anchor, figures: &figures), .newline),
                .newline,
            ]
        }
        return .group([.tag("section", ["class": "cell", "id": anchor], children: nodes), .newline])
    }

    /// A badge: its text, coloured by its tone, its detail on hover.
    private static func node(_ badge: CellBadge) -> HTMLNode {
        let tone = "badge " + badge.tone.rawValue
        return badge.detail.map { .tag("span", ["class": tone, "title": $0], .text(badge.text)) }
            ?? .tag("span", ["class": tone], .text(badge.text))
    }

    /// A decorator's block, drawn by its kind: a timeline in a closed fold, its drawing a file; explored outputs.
    private static func node(_ block: CellBlock, cell anchor: String, figures: inout PageFigures) -> HTMLNode {
        switch block {
        case .timeline(let figure):
            .tag(
                "details", ["class": "timeline"], .tag("summary", [:], .text("Timeline")), .newline,
                figures.link(to: figure, cell: anchor), .newline)
        case .exploration(let exploration):
            ExplorationHTML.node(exploration, cell: anchor, figures: &figures)
        }
    }

    /// A source pane, highlighted at build time; the pane scrolls, so it is focusable and named by its caption.
    private static func source(_ caption: String, language: String, code: String, anchor: String) -> HTMLNode {
        let id = anchor + "-" + language
        return .group([
            .tag(
                "figure", ["class": "source \(language)"], .tag("figcaption", ["id": id], .text(caption)),
                pane(
                    "pre", caption: id, cell: anchor,
                    children: [
                        .tag(
                            "code", ["class": "language-\(language)"],
                            SyntaxHighlighter.node(code, language: language))
                    ])),
            .newline,
        ])
    }

    /// An element that may scroll, reachable by keyboard and named for screen readers by its caption (`id`) and its
    /// cell's id (the header link, `cell-…-id`): "Python threading-beyond-the-basics/daemon".
    static func pane(
        _ name: String, _ attributes: KeyValuePairs<String, String?> = [:], caption id: String, cell anchor: String,
        children: [HTMLNode]
    ) -> HTMLNode {
        .element(
            name: name,
            attributes: HTMLAttribute.list(attributes) + [
                HTMLAttribute("tabindex", "0"), HTMLAttribute("role", "group"),
                HTMLAttribute("aria-labelledby", "\(id) \(anchor)-id"),
            ], children: children)
    }

    /// The status badge the run itself earns.
    static func statusBadges(_ view: CellView) -> [CellBadge] {
        guard let reason = view.run.failureReason else {
            if let expected = view.cell.options.expect {
                return [
                    CellBadge(
                        "completed, not \(expected.rawValue)", tone: .bad,
                        detail: "the cell's option expect=\(expected.rawValue) says it should fail that way")
                ]
            }
            return [CellBadge("ran", tone: .good)]
        }
        let kind = view.run.failureKind?.rawValue ?? "failed"
        if !view.run.isUnexpectedFailure(expected: view.cell.options.expect) {
            return [CellBadge("\(kind) (expected)", tone: .warning, detail: reason)]
        }
        return [CellBadge(kind == "failed" ? "failed" : "\(kind): failed", tone: .bad, detail: reason)]
    }

    private static func output(_ view: CellView, anchor: String) -> HTMLNode {
        let id = anchor + "-output"
        var nodes: [HTMLNode] = [.tag("figcaption", ["id": id], .text("Output")), .newline]
        if let result = view.run.result {
            nodes += [legend(result.events), lines(result.events, caption: id, cell: anchor)]
        }
        if let reason = view.run.failureReason {
            let expected = !view.run.isUnexpectedFailure(expected: view.cell.options.expect)
            let label = HTMLNode.tag("strong", [:], .text(expected ? "Ends as expected: " : "Cell failed: "))
            nodes += [
                expected
                    ? .tag("p", ["class": "failure expected"], label, .text(reason))
                    : .tag("p", ["class": "failure", "role": "alert"], label, .text(reason)),
                .newline,
            ]
            if case .finished(let result) = view.run, case .deadlock(let report) = result.outcome, !report.isEmpty {
                let pre = pane("pre", ["class": "report"], caption: id, cell: anchor, children: [.text(report)])
                nodes += [pre, .newline]
            }
        }
        for warning in view.warnings {
            nodes += [.tag("p", ["class": "warning"], .text(warning)), .newline]
        }
        return .group([.tag("figure", ["class": "output"], children: nodes), .newline])
    }

    /// One entry per thread that printed, in order of first output.
    private static func legend(_ events: [TraceEvent]) -> HTMLNode {
        var seen: Set<Int> = []
        var items: [HTMLNode] = []
        for event in events {
            guard case .output = event.kind, seen.insert(event.threadIndex).inserted else { continue }
            items.append(.tag("li", ["class": threadClass(event.threadIndex)], .text(event.threadName)))
        }
        guard !items.isEmpty else {
            return .group([.tag("p", ["class": "quiet"], .text("(no output)")), .newline])
        }
        items.append(
            .tag(
                "li", ["class": "streams"], .tag("span", ["class": "stream"], .text("out")), .text(" stdout · "),
                .tag("span", ["class": "stream err"], .text("err")), .text(" stderr")))
        return .group([.tag("ul", ["class": "legend", "aria-label": "Threads"], children: items), .newline])
    }

    /// Each printed line as a row: thread label, stream, text.
    private static func lines(_ events: [TraceEvent], caption id: String, cell anchor: String) -> HTMLNode {
        var rows: [HTMLNode] = []
        for event in events {
            guard case .output(let stream, let text) = event.kind else { continue }
            var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
            if text.hasSuffix("\n") { pieces.removeLast() }
            let isError = stream == .stderr
            for piece in pieces {
                rows.append(
                    .tag(
                        "span", ["class": "line \(threadClass(event.threadIndex))\(isError ? " err" : "")"],
                        .tag("span", ["class": "who"], .text(event.threadName)),
                        .tag("span", ["class": "stream\(isError ? " err" : "")"], .text(isError ? "err" : "out")),
                        .tag("span", ["class": "text"], .text(String(piece)))))
            }
        }
        guard !rows.isEmpty else { return .group([]) }
        return .group([pane("pre", ["class": "lines"], caption: id, cell: anchor, children: rows), .newline])
    }

    /// The thread's colour class, shared with the timeline (`ThreadPalette`).
    static func threadClass(_ index: Int) -> String { ThreadPalette.cssClass(forThread: index) }
}
