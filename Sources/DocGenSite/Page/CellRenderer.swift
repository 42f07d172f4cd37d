import DocGenModel
@_spi(Harness) import Threading

/// Renders one notebook cell: header with badges, Python | Swift sources, the output labelled by thread, extras.
enum CellRenderer {
    static func render(_ view: CellView) -> String {
        let anchor = Document.cellAnchor(view.cell.id)
        var html = "<section class=\"cell\" id=\"\(anchor.htmlEscaped)\">\n"
        html +=
            "<header class=\"cell-head\"><a class=\"cell-id\" id=\"\(anchor.htmlEscaped)-id\" "
            + "href=\"#\(anchor.htmlEscaped)\" title=\"Permalink to this cell\">\(view.scenarioID.htmlEscaped)</a>"
        for badge in statusBadges(view) + view.badges {
            let title = badge.detail.map { " title=\"\($0.htmlEscaped)\"" } ?? ""
            html += " <span class=\"badge \(badge.tone.rawValue)\"\(title)>\(badge.text.htmlEscaped)</span>"
        }
        html += "</header>\n<div class=\"sources\">\n"
        html += source("Python", language: "python", code: view.cell.source, anchor: anchor)
        html += source("Swift · " + view.swiftPath, language: "swift", code: view.swiftSource, anchor: anchor)
        html += "</div>\n"
        html += output(view, anchor: anchor)
        for block in view.extraHTML { html += "<div class=\"extra\">\n\(block)\n</div>\n" }
        return html + "</section>\n"
    }

    /// A source pane, highlighted at build time; the pane scrolls, so it is focusable and named by its caption.
    private static func source(_ caption: String, language: String, code: String, anchor: String) -> String {
        let id = anchor + "-" + language
        return "<figure class=\"source \(language)\"><figcaption id=\"\(id.htmlEscaped)\">\(caption.htmlEscaped)</figcaption>"
            + "<pre \(pane(caption: id, cell: anchor))><code class=\"language-\(language)\">"
            + "\(SyntaxHighlighter.html(code, language: language))</code></pre></figure>\n"
    }

    /// The attributes that make a pane that may scroll reachable by keyboard and named for screen readers by its
    /// caption (`id`) and its cell's id (the header link, `cell-…-id`): "Python threading-tutorial/daemon".
    static func pane(caption id: String, cell anchor: String) -> String {
        "tabindex=\"0\" role=\"group\" aria-labelledby=\"\(id.htmlEscaped) \(anchor.htmlEscaped)-id\""
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

    private static func output(_ view: CellView, anchor: String) -> String {
        let id = anchor + "-output"
        var html = "<figure class=\"output\"><figcaption id=\"\(id.htmlEscaped)\">Output</figcaption>\n"
        if let result = view.run.result {
            html += legend(result.events)
            html += lines(result.events, pane: pane(caption: id, cell: anchor))
        }
        if let reason = view.run.failureReason {
            let expected = !view.run.isUnexpectedFailure(expected: view.cell.options.expect)
            let role = expected ? "" : " role=\"alert\""
            html +=
                "<p class=\"failure\(expected ? " expected" : "")\"\(role)><strong>"
                + (expected ? "Ends as expected: " : "Cell failed: ") + "</strong>\(reason.htmlEscaped)</p>\n"
            if case .finished(let result) = view.run, case .deadlock(let report) = result.outcome, !report.isEmpty {
                html += "<pre class=\"report\" \(pane(caption: id, cell: anchor))>\(report.htmlEscaped)</pre>\n"
            }
        }
        for warning in view.warnings {
            html += "<p class=\"warning\">\(warning.htmlEscaped)</p>\n"
        }
        return html + "</figure>\n"
    }

    /// One entry per thread that printed, in order of first output.
    private static func legend(_ events: [TraceEvent]) -> String {
        var seen: Set<Int> = []
        var items = ""
        for event in events {
            guard case .output = event.kind, seen.insert(event.threadIndex).inserted else { continue }
            items += "<li class=\"\(threadClass(event.threadIndex))\">\(event.threadName.htmlEscaped)</li>"
        }
        guard !items.isEmpty else { return "<p class=\"quiet\">(no output)</p>\n" }
        return "<ul class=\"legend\" aria-label=\"Threads\">\(items)"
            + "<li class=\"streams\"><span class=\"stream\">out</span> stdout · "
            + "<span class=\"stream err\">err</span> stderr</li></ul>\n"
    }

    /// Each printed line as a row: thread label, stream, text.
    private static func lines(_ events: [TraceEvent], pane: String) -> String {
        var rows = ""
        for event in events {
            guard case .output(let stream, let text) = event.kind else { continue }
            var pieces = text.split(separator: "\n", omittingEmptySubsequences: false)
            if text.hasSuffix("\n") { pieces.removeLast() }
            let isError = stream == .stderr
            for piece in pieces {
                rows +=
                    "<span class=\"line \(threadClass(event.threadIndex))\(isError ? " err" : "")\">"
                    + "<span class=\"who\">\(event.threadName.htmlEscaped)</span>"
                    + "<span class=\"stream\(isError ? " err" : "")\">\(isError ? "err" : "out")</span>"
                    + "<span class=\"text\">\(String(piece).htmlEscaped)</span></span>"
            }
        }
        guard !rows.isEmpty else { return "" }
        return "<pre class=\"lines\" \(pane)>" + rows + "</pre>\n"
    }

    /// The thread's colour class, shared with the timeline (`ThreadPalette`).
    static func threadClass(_ index: Int) -> String { ThreadPalette.cssClass(forThread: index) }
}
