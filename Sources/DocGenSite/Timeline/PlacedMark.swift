/// Where one or more of a lane's output marks are drawn. Marks sit at their moment, pushed right so they never overlap
/// (many outputs can share one virtual instant); a mark that would be pushed more than `TimelineLayout.maxMarkDrift`
/// past its moment joins the mark before it, which becomes a *burst* standing for all of them. So a lane holds at most
/// about one mark per `markWidth + markGap` of width, however much the thread printed, and no mark goes further than
/// `maxMarkDrift` past the end of the axis (into the room kept for end markers).
struct PlacedMark: Equatable {
    let x: Double
    let width: Double
    /// Indices of the marks drawn here, into the lane's `marks`.
    let marks: ClosedRange<Int>

    var isBurst: Bool { marks.count > 1 }
    var right: Double { x + width }

    /// Places `marks` (in run order) on `scale`.
    static func place(_ marks: [TimelineMark], scale: TimelineScale) -> [PlacedMark] {
        let layout = TimelineLayout.self
        var placed: [PlacedMark] = []
        var nextFree = -Double.infinity
        for (index, mark) in marks.enumerated() {
            let natural = scale.x(mark.moment) - layout.markWidth / 2
            let x = max(natural, nextFree)
            if let last = placed.last, x - natural > layout.maxMarkDrift {
                let burst = PlacedMark(x: last.x, width: layout.burstWidth, marks: last.marks.lowerBound...index)
                placed[placed.count - 1] = burst
                nextFree = burst.right + layout.markGap
            } else {
                placed.append(PlacedMark(x: x, width: layout.markWidth, marks: index...index))
                nextFree = x + layout.markWidth + layout.markGap
            }
        }
        return placed
    }
}
