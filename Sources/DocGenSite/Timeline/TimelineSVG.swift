@_spi(Harness) import DocGenModel
@_spi(Harness) import Threading

/// Draws a run as a timeline: one lane per thread (in the order threads first appear, named and coloured with
/// `ThreadPalette`), virtual time on the x-axis, each output as a mark whose hover text (`<title>`) is what it printed,
/// running periods solid, blocked periods dashed (dotted for sleeps) and labelled with what the thread waits on, and
/// threads that never exit drawn to the end of the axis with a marker ("deadlock", "abandoned", "stopped").
///
/// The result is a standalone SVG document (no script, no external references, no ids); its `<style>` is scoped to
/// `svg.dg-timeline` and follows `prefers-color-scheme`. A page shows it as a file of its own, loaded when its fold
/// opens (`TimelineFigure`, `PageFigures`). The same input always gives the same bytes.
package enum TimelineSVG {
    /// The SVG for a run's `events` (`RunResult.events`). `outcome` (`RunResult.outcome`) says why threads that never
    /// exited stopped; without it they are marked "stopped".
    package static func render(events: [TraceEvent], outcome: RunOutcome? = nil) -> String {
        render(TimelineModel(events: events, outcome: outcome))
    }

    /// The SVG for a whole `RunResult`.
    package static func render(_ result: RunResult) -> String {
        render(events: result.events, outcome: result.outcome)
    }

    static func render(_ model: TimelineModel) -> String {
        let layout = TimelineLayout.self
        // Threads that never exit go on past the end of the run: leave room to see them do so.
        let scale = TimelineScale(
            for: model, left: layout.plotLeft, right: layout.plotRight, roomAfterEnd: model.hasUnfinishedThreads)
        let (width, height) = size(model)
        var svg = SVGMarkup()
        svg.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "class": "dg-timeline", "width": width, "height": height,
                "viewBox": "0 0 \(width) \(height)", "style": "max-width:100%;height:auto",
                "font-family": "ui-monospace,SFMono-Regular,Menlo,Consolas,monospace",
                "font-size": "11",
            ])
        svg.title(summary(model))
        svg.open("style")
        svg.raw(stylesheet)
        svg.close("style")
        drawLegend(into: &svg)
        drawAxis(scale, lanes: model.lanes.count, into: &svg)
        if model.hasUnfinishedThreads { drawRunEnd(at: scale.x(model.end), lanes: model.lanes.count, into: &svg) }
        for (position, lane) in model.lanes.enumerated() {
            drawLane(lane, at: position, scale: scale, into: &svg)
        }
        svg.close("svg")
        return svg.text
    }

    /// The drawing's width and height attributes.
    static func size(_ model: TimelineModel) -> (width: String, height: String) {
        (
            DecimalText.coordinate(TimelineLayout.width),
            DecimalText.coordinate(TimelineLayout.height(lanes: model.lanes.count))
        )
    }

    /// The drawing's accessible name: what it shows in one sentence.
    static func summary(_ model: TimelineModel) -> String {
        let threads = model.lanes.count == 1 ? "1 thread" : "\(model.lanes.count) threads"
        let outputs = model.lanes.reduce(0) { $0 + $1.marks.count }
        let ending = model.outcome?.endingNote ?? ""
        return "Timeline of \(threads) over \(DecimalText.seconds(model.end.time)) s, \(outputs) outputs" + ending
    }
}
