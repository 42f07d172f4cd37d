extension TimelineSVG {
    /// One thread's lane: its name, running and blocked periods, output marks and end marker.
    static func drawLane(_ lane: TimelineLane, at position: Int, scale: TimelineScale, into svg: inout SVGMarkup) {
        let layout = TimelineLayout.self
        let center = layout.laneCenter(position)
        let placed = PlacedMark.place(lane.marks, scale: scale)
        svg.open("g", ["class": "lane " + ThreadPalette.cssClass(forThread: lane.threadIndex)])
        svg.element(
            "text",
            [
                "class": "name", "x": DecimalText.coordinate(layout.nameRight), "y": DecimalText.coordinate(center + 4),
                "text-anchor": "end",
            ],
            content: truncated(lane.name, to: layout.nameCharacters), tooltip: lane.name)
        var laneEnd = scale.left
        var marksEnd = -Double.infinity  // right edge of the marks drawn so far
        var nextMark = 0  // placed marks and segments are both in run order: walk them together
        var lastLabel: String?  // a wait labelled like the one before it in the lane is not labelled again
        for (index, segment) in lane.segments.enumerated() {
            let x1 = scale.x(segment.start)
            var x2 = scale.x(segment.end)
            let runsOff = index == lane.segments.count - 1 && lane.ending != .finished
            if runsOff { x2 = scale.right }
            switch segment.state {
            case .running:
                var markEnd = x1
                while nextMark < placed.count, lane.marks[placed[nextMark].marks.lowerBound].moment <= segment.end {
                    if segment.contains(lane.marks[placed[nextMark].marks.lowerBound].moment) {
                        markEnd = max(markEnd, placed[nextMark].right)
                        marksEnd = max(marksEnd, placed[nextMark].right)
                    }
                    nextMark += 1
                }
                x2 = max(x2, x1 + 2, markEnd)
                svg.empty(
                    "rect",
                    [
                        "class": "run", "x": DecimalText.coordinate(x1),
                        "y": DecimalText.coordinate(center - layout.runHeight / 2),
                        "width": DecimalText.coordinate(x2 - x1), "height": DecimalText.coordinate(layout.runHeight),
                        "rx": "2",
                    ])
            case .blocked(let target):
                // Marks pushed right by a burst of outputs push the wait that follows them too.
                let x1 = max(x1, marksEnd + 1)
                guard x2 - x1 >= 1 else { continue }
                let labelled = drawBlocked(
                    target, from: x1, to: x2, center: center, lane: lane, segment: segment, runsOff: runsOff,
                    labelled: target != lastLabel, into: &svg)
                if labelled { lastLabel = target }
            }
            laneEnd = max(laneEnd, x2)
        }
        for mark in placed {
            let first = lane.marks[mark.marks.lowerBound]
            svg.element(
                "rect",
                [
                    "class": "mark " + first.stream.rawValue + (mark.isBurst ? " burst" : ""),
                    "x": DecimalText.coordinate(mark.x), "y": DecimalText.coordinate(center - layout.markHeight / 2),
                    "width": DecimalText.coordinate(mark.width), "height": DecimalText.coordinate(layout.markHeight),
                ],
                tooltip: mark.isBurst
                    ? burstTooltip(lane.marks[mark.marks], thread: lane.name) : markTooltip(first, thread: lane.name))
        }
        if let marker = lane.ending.marker {
            svg.element(
                "text",
                ["class": "end", "x": DecimalText.coordinate(laneEnd + 6), "y": DecimalText.coordinate(center + 3.5)],
                content: marker, tooltip: endTooltip(lane))
        }
        svg.close("g")
    }

    /// A blocked period: a dashed line (dotted for sleep) with what the thread waits on written above it when
    /// `labelled` and it fits; returns whether it wrote the label. The hover title always says it.
    private static func drawBlocked(
        _ target: String, from x1: Double, to x2: Double, center: Double, lane: TimelineLane,
        segment: TimelineSegment, runsOff: Bool, labelled: Bool, into svg: inout SVGMarkup
    ) -> Bool {
        let kind = WaitKind(blockedOn: target)
        let until = runsOff ? "until the end of the run" : "to \(DecimalText.seconds(segment.end.time)) s"
        svg.open("g", ["class": "blocked wait-" + kind.rawValue])
        svg.title("\(lane.name) blocked on \(target) from \(DecimalText.seconds(segment.start.time)) s \(until)")
        svg.empty(
            "line",
            [
                "x1": DecimalText.coordinate(x1), "y1": DecimalText.coordinate(center),
                "x2": DecimalText.coordinate(x2), "y2": DecimalText.coordinate(center),
            ])
        let room = x2 - x1 - 4
        let fits = { (label: String) in Double(label.count) * TimelineLayout.waitCharacterWidth <= room }
        let label = labelled ? [target, kind.rawValue].first(where: fits) : nil
        if let label {
            svg.element(
                "text",
                ["class": "wait", "x": DecimalText.coordinate(x1 + 2), "y": DecimalText.coordinate(center - 4)],
                content: label)
        }
        svg.close("g")
        return label != nil
    }

    /// `name` cut to `limit` characters, ending in "…" when cut.
    static func truncated(_ name: String, to limit: Int) -> String {
        name.count <= limit ? name : String(name.prefix(limit - 1)) + "…"
    }

    private static func markTooltip(_ mark: TimelineMark, thread: String) -> String {
        var text = mark.text
        if text.hasSuffix("\n") { text.removeLast() }
        let when = "\(DecimalText.seconds(mark.moment.time)) s"
        return "Output #\(mark.number), \(thread) at \(when) (\(mark.stream.rawValue)):\n\(text)"
    }

    /// A burst's hover text: how many outputs, when, and the first and last few of them.
    private static func burstTooltip(_ marks: ArraySlice<TimelineMark>, thread: String) -> String {
        guard let first = marks.first, let last = marks.last else { return "" }
        let from = DecimalText.seconds(first.moment.time)
        let to = DecimalText.seconds(last.moment.time)
        let when = from == to ? "at \(from) s" : "from \(from) s to \(to) s"
        func line(_ mark: TimelineMark) -> String {
            "#\(mark.number): " + (mark.text.hasSuffix("\n") ? String(mark.text.dropLast()) : mark.text)
        }
        let shown = 3
        var lines = marks.prefix(shown).map(line)
        if marks.count > shown * 2 { lines.append("… \(marks.count - shown * 2) more …") }
        lines += marks.dropFirst(shown).suffix(min(shown, max(marks.count - shown, 0))).map(line)
        return "Outputs #\(first.number)–#\(last.number) (\(marks.count)), \(thread) \(when):\n"
            + lines.joined(separator: "\n")
    }

    private static func endTooltip(_ lane: TimelineLane) -> String {
        switch lane.ending {
        case .finished: "\(lane.name) finished"
        case .deadlocked: "\(lane.name) was still blocked when the run deadlocked"
        case .abandoned: "\(lane.name) never exited: a daemon thread, abandoned when the main thread finished"
        case .stopped: "\(lane.name) was still alive when the run stopped"
        }
    }
}
