/// The fixed geometry of a timeline drawing, in SVG user units (1 unit = 1 CSS pixel at natural size).
enum TimelineLayout {
    static let width = 800.0
    /// Lane names are right-aligned against this x.
    static let nameRight = 132.0
    /// Characters of a lane name that fit left of `nameRight` (monospace, 11 px); longer names are cut with "…".
    static let nameCharacters = 19
    static let plotLeft = 144.0
    /// Room right of the plot for end markers ("deadlock", "abandoned").
    static let plotRight = 722.0
    /// The legend's baseline; lanes start below it at `top`.
    static let legendBaseline = 13.0
    static let top = 22.0
    static let laneHeight = 24.0
    static let runHeight = 8.0
    static let markWidth = 3.0
    static let markHeight = 14.0
    static let markGap = 1.5
    /// How far right of its moment a mark may be pushed by the marks before it; further, it joins them in a burst.
    static let maxMarkDrift = 40.0
    /// Width of a mark standing for a burst of outputs.
    static let burstWidth = 7.0
    /// Width of one character of the 9 px blocked-period labels.
    static let waitCharacterWidth = 5.5
    /// Space below the lanes for the axis and its labels.
    static let axisHeight = 26.0

    static func laneCenter(_ lane: Int) -> Double {
        top + Double(lane) * laneHeight + laneHeight / 2
    }

    static func axisY(lanes: Int) -> Double {
        top + Double(lanes) * laneHeight + 2
    }

    static func height(lanes: Int) -> Double {
        axisY(lanes: lanes) + axisHeight
    }
}
