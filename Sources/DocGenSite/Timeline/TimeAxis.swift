/// The x-axis of a timeline: maps seconds to x coordinates over a range that ends on a "nice" tick, and lists the
/// ticks (steps of 1, 2 or 5 × 10ⁿ seconds) with their labels.
struct TimeAxis: Equatable {
    struct Tick: Equatable {
        let seconds: Double
        let label: String
    }

    /// Where time 0 is drawn.
    let left: Double
    /// Where `end` is drawn.
    let right: Double
    /// The last tick: the first multiple of `step` at or after the last event (1 s for a run without elapsed time).
    let end: Double
    let step: Double
    let ticks: [Tick]

    /// An axis covering `0...lastTime` between x = `left` and x = `right`, with about one tick per `spacing` units.
    init(lastTime: Double, left: Double, right: Double, spacing: Double = 70) {
        self.left = left
        self.right = right
        let span = lastTime > 0 && lastTime.isFinite ? lastTime : 1
        let wanted = max(2, ((right - left) / spacing).rounded(.down))
        var exponent = 0
        var power = 1.0
        let raw = span / wanted
        while power * 10 <= raw {
            power *= 10
            exponent += 1
        }
        while power > raw {
            power /= 10
            exponent -= 1
        }
        let multiplier = [1.0, 2, 5, 10].first { $0 * power >= raw * (1 - 1e-9) } ?? 10
        let step = multiplier * power
        let count = max(1, Int((span / step * (1 - 1e-9)).rounded(.up)))
        self.step = step
        end = Double(count) * step
        let decimals = max(0, -exponent)
        ticks = (0...count).map { index in
            let seconds = Double(index) * step
            return Tick(seconds: seconds, label: DecimalText.format(seconds, decimals: decimals))
        }
    }

    /// The x coordinate of `seconds`.
    func x(_ seconds: Double) -> Double {
        left + (right - left) * min(max(seconds, 0), end) / end
    }
}
