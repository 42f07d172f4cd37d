extension TimelineSVG {
    /// A one-line key above the lanes: how an output, a running period, a blocked period and a sleep look.
    static func drawLegend(into svg: inout SVGMarkup) {
        let layout = TimelineLayout.self
        let baseline = layout.legendBaseline
        let middle = baseline - 3.5
        var x = layout.plotLeft
        svg.open("g", ["class": "legend"])
        func label(_ text: String) {
            svg.element(
                "text", ["class": "key", "x": DecimalText.coordinate(x), "y": DecimalText.coordinate(baseline)],
                content: text)
            x += Double(text.count) * 6 + 14
        }
        svg.empty(
            "rect",
            [
                "class": "mark", "x": DecimalText.coordinate(x), "y": DecimalText.coordinate(middle - 5),
                "width": DecimalText.coordinate(layout.markWidth), "height": "10",
            ])
        x += layout.markWidth + 4
        label("output (hover for text)")
        svg.empty(
            "rect",
            [
                "class": "run", "x": DecimalText.coordinate(x), "y": DecimalText.coordinate(middle - 3), "width": "16",
                "height": "6", "rx": "2",
            ])
        x += 20
        label("running")
        for (kind, text) in [(WaitKind.lock, "blocked on …"), (.sleep, "sleeping")] {
            svg.open("g", ["class": "blocked wait-" + kind.rawValue])
            svg.empty(
                "line",
                [
                    "x1": DecimalText.coordinate(x), "y1": DecimalText.coordinate(middle),
                    "x2": DecimalText.coordinate(x + 18), "y2": DecimalText.coordinate(middle),
                ])
            svg.close("g")
            x += 22
            label(text)
        }
        svg.close("g")
    }
}
