/// Where the moments of a run go along the x-axis: by time, or, when the whole run happens at one instant (virtual
/// time never advanced), by the order of its events, so that a run without sleeps still shows who did what first.
struct TimelineScale {
    enum Kind: Equatable {
        case time(TimeAxis)
        /// Event `step` is drawn at `step / span` of the way across.
        case order(span: Double)
    }

    let kind: Kind
    let left: Double
    let right: Double

    /// A scale for `model` between `left` and `right`; with `roomAfterEnd`, the run's end is drawn short of `right`
    /// so threads still alive at the end can be seen going on past it.
    init(for model: TimelineModel, left: Double, right: Double, roomAfterEnd: Bool) {
        self.left = left
        self.right = right
        let stretch = roomAfterEnd ? 1.15 : 1
        if model.end.time > 0 {
            kind = .time(TimeAxis(lastTime: model.end.time * stretch, left: left, right: right))
        } else {
            kind = .order(span: max(Double(model.end.step) * stretch, 1))
        }
    }

    func x(_ moment: TimelineMoment) -> Double {
        switch kind {
        case .time(let axis): axis.x(moment.time)
        case .order(let span): left + (right - left) * min(Double(moment.step) / span, 1)
        }
    }
}
