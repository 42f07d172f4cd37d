/// The time one stage of a build took (`docgen build --timings`), with what it did.
package struct StageTime: Sendable, Equatable {
    package var name: String
    package var seconds: Double
    /// What the stage did in that time (`1 of 12 page(s) rendered`), or empty.
    package var detail: String

    package init(_ name: String, _ seconds: Double, _ detail: String = "") {
        self.name = name
        self.seconds = seconds
        self.detail = detail
    }

    /// `duration` in seconds.
    package static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}
