import Threading

/// Renders one notebook cell: header with badges, Python | Swift sources, the output labelled by thread, extras.
enum CellRenderer {
    static func render(_ view: CellView) -> String {
        let anchor = Document.cellAnchor(view.cell.id)
        var html = "<section class=\"cell\" id=\"\(anchor.htmlEscaped)\">\n"
        html +=
            "<header class=\"cell-head\"><a class=\"cell-id\" href=\"#\(anchor.htmlEscaped)\">"
            + "\(view.scenarioID.htmlEscaped)</a>"
        for badge in statusBadges(view) + view.badges {
            let title = badge.detail.map { " title=\"\($0.htmlEscaped)\"" } ?? ""
            html += " <span class=\"badge \(badge.tone.rawValue)\"\(title)>\(badge.text.htmlEscaped)</span>"
        }
        html += "</header>\n<div class=\"sources\">\n"
        html += source("Python", language: "python", code: view.cell.source)
        html += source("Swift · " + view.swiftPath, language: "swift", code: view.swiftSource)
        html += "</div>\n"
        html += output(view)
        for block in view.extraHTML { html += "<div class=\"extra\">\n\(block)\n</div>\n" }
        return html + "</section>\n"
    }

    private static func source(_ caption: String, language: String, code: String) -> String {
        "<figure class=\"source\"><figcaption>\(caption.htmlEscaped)</figcaption>"
            + "<pre><code class=\"language-\(language)\">\(code.htmlEscaped)</code></pre></figure>\n"
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

    private static func output(_ view: CellView) -> String {
        var html = "<figure class=\"output\"><figcaption>Output</figcaption>\n"
        if let result = view.run.result {
            html += legend(result.events)
            html += lines(result.events)
        }
        if let reason = view.run.failureReason {
            let expected = !view.run.isUnexpectedFailure(expected: view.cell.options.expect)
            let role = expected ? "" : " role=\"alert\""
            html +=
                "<p class=\"failure\(expected ? " expected" : "")\"\(role)><strong>"
                + (expected ? "Ends as expected: " : "Cell failed: ") + "</strong>\(reason.htmlEscaped)</p>\n"
            if case .finished(let result) = view.run, case .deadlock(let report) = result.outcome, !report.isEmpty {
                html += "<pre class=\"report\">\(report.htmlEscaped)</pre>\n"
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
    private static func lines(_ events: [TraceEvent]) -> String {
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
        return "<pre class=\"lines\">" + rows + "</pre>\n"
    }

    /// The thread's colour class, shared with the timeline (`ThreadPalette`).
    static func threadClass(_ index: Int) -> String { ThreadPalette.cssClass(forThread: index) }
}
