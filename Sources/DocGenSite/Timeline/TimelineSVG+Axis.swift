extension TimelineSVG {
    /// The x-axis below the lanes: ticks, grid lines and "time (s)" for a time scale; a note saying events are drawn in
    /// order for a run that all happened at one instant.
    static func drawAxis(_ scale: TimelineScale, lanes: Int, into svg: inout SVGMarkup) {
        let layout = TimelineLayout.self
        let axisY = layout.axisY(lanes: lanes)
        let labelY = DecimalText.coordinate(axisY + 14)
        svg.open("g", ["class": "axis"])
        let title: String
        switch scale.kind {
        case .time(let axis):
            for tick in axis.ticks {
                let x = DecimalText.coordinate(axis.x(tick.seconds))
                svg.empty(
                    "line",
                    [
                        "class": "grid", "x1": x, "y1": DecimalText.coordinate(layout.top), "x2": x,
                        "y2": DecimalText.coordinate(axisY + 3),
                    ])
                svg.element(
                    "text", ["class": "tick", "x": x, "y": labelY, "text-anchor": "middle"], content: tick.label)
            }
            title = "time (s)"
        case .order:
            svg.element(
                "text", ["class": "tick", "x": DecimalText.coordinate(scale.left), "y": labelY],
                content: "everything at 0 s: drawn in the order it happened")
            title = "order"
        }
        svg.empty(
            "line",
            [
                "class": "baseline", "x1": DecimalText.coordinate(scale.left), "y1": DecimalText.coordinate(axisY),
                "x2": DecimalText.coordinate(scale.right), "y2": DecimalText.coordinate(axisY),
            ])
        svg.element(
            "text",
            ["class": "tick", "x": DecimalText.coordinate(layout.nameRight), "y": labelY, "text-anchor": "end"],
            content: title)
        svg.close("g")
    }

    /// A dashed vertical line where the run ended, when some threads are drawn going on past it.
    static func drawRunEnd(at x: Double, lanes: Int, into svg: inout SVGMarkup) {
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
