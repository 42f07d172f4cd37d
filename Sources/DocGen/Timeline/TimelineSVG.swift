import Threading

/// Draws a run as a timeline: one lane per thread (in the order threads first appear, named and coloured with
/// `ThreadPalette`), virtual time on the x-axis, each output as a mark whose hover text (`<title>`) is what it printed,
/// running periods solid, blocked periods dashed (dotted for sleeps) and labelled with what the thread waits on, and
/// threads that never exit drawn to the end of the axis with a marker ("deadlock", "abandoned", "stopped").
///
/// The result is a standalone SVG document (no script, no external references, no ids) that can also be inlined in
/// HTML; its `<style>` is scoped to `svg.dg-timeline` and follows `prefers-color-scheme`. The same input always gives
/// the same bytes.
public enum TimelineSVG {
    /// The SVG for a run's `events` (`RunResult.events`). `outcome` (`RunResult.outcome`) says why threads that never
    /// exited stopped; without it they are marked "stopped".
    public static func render(events: [TraceEvent], outcome: RunOutcome? = nil) -> String {
        render(TimelineModel(events: events, outcome: outcome))
    }

    /// The SVG for a whole `RunResult`.
    public static func render(_ result: RunResult) -> String {
        render(events: result.events, outcome: result.outcome)
    }

    static func render(_ model: TimelineModel) -> String {
        let layout = TimelineLayout.self
        // Threads that never exit run on past the end of the run, so leave them room to be seen doing so.
        let runsOff = model.lanes.contains { $0.ending != .finished }
        let axis = TimeAxis(
            lastTime: runsOff ? model.endTime * 1.15 : model.endTime, left: layout.plotLeft, right: layout.plotRight)
        let width = DecimalText.coordinate(layout.width)
        let height = DecimalText.coordinate(layout.height(lanes: model.lanes.count))
        var svg = SVGMarkup()
        svg.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "class": "dg-timeline", "width": width, "height": height,
                "viewBox": "0 0 \(width) \(height)",
                "font-family": "ui-monospace,SFMono-Regular,Menlo,Consolas,monospace",
                "font-size": "11",
            ])
        svg.title(summary(model, axis: axis))
        svg.open("style")
        svg.raw(stylesheet)
        svg.close("style")
        drawLegend(into: &svg)
        drawAxis(axis, lanes: model.lanes.count, into: &svg)
        if runsOff { drawRunEnd(at: axis.x(model.endTime), lanes: model.lanes.count, into: &svg) }
        for (position, lane) in model.lanes.enumerated() {
            drawLane(lane, at: position, axis: axis, into: &svg)
        }
        svg.close("svg")
        return svg.text
    }

    /// The drawing's accessible name: what it shows in one sentence.
    private static func summary(_ model: TimelineModel, axis: TimeAxis) -> String {
        let threads = model.lanes.count == 1 ? "1 thread" : "\(model.lanes.count) threads"
        let outputs = model.lanes.reduce(0) { $0 + $1.marks.count }
        var text = "Timeline of \(threads) over \(DecimalText.seconds(model.endTime)) s, \(outputs) outputs"
        switch model.outcome {
        case .deadlock?: text += ", ending in deadlock"
        case .uncaughtError(let message)?: text += ", ending with \(message)"
        case .stepLimitExceeded?: text += ", stopped by the step limit"
        case .completed?, nil: break
        }
        return text
    }

    /// Vertical grid lines, the time axis, its tick labels and its title.
    private static func drawAxis(_ axis: TimeAxis, lanes: Int, into svg: inout SVGMarkup) {
        let layout = TimelineLayout.self
        let axisY = layout.axisY(lanes: lanes)
        let labelY = DecimalText.coordinate(axisY + 14)
        svg.open("g", ["class": "axis"])
        for tick in axis.ticks {
            let x = DecimalText.coordinate(axis.x(tick.seconds))
            svg.empty(
                "line",
                [
                    "class": "grid", "x1": x, "y1": DecimalText.coordinate(layout.top), "x2": x,
                    "y2": DecimalText.coordinate(axisY + 3),
                ])
            svg.element("text", ["class": "tick", "x": x, "y": labelY, "text-anchor": "middle"], content: tick.label)
        }
        svg.empty(
            "line",
            [
                "class": "baseline", "x1": DecimalText.coordinate(axis.left), "y1": DecimalText.coordinate(axisY),
                "x2": DecimalText.coordinate(axis.right), "y2": DecimalText.coordinate(axisY),
            ])
        svg.element(
            "text",
            ["class": "tick", "x": DecimalText.coordinate(layout.nameRight), "y": labelY, "text-anchor": "end"],
            content: "time (s)")
        svg.close("g")
    }

    /// A dashed vertical line where the run ended, when some threads are drawn going on past it.
    private static func drawRunEnd(at x: Double, lanes: Int, into svg: inout SVGMarkup) {
        let layout = TimelineLayout.self
        let xText = DecimalText.coordinate(x)
        svg.element(
            "line",
            [
                "class": "run-end", "x1": xText, "y1": DecimalText.coordinate(layout.top), "x2": xText,
                "y2": DecimalText.coordinate(layout.axisY(lanes: lanes)),
            ],
            tooltip: "end of the run")
    }
}
