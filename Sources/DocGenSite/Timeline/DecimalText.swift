/// Locale-free, deterministic decimal text for numbers written into SVG: coordinates, tick labels and times.
enum DecimalText {
    /// `value` rounded to at most `decimals` digits after the point, without trailing zeros (`0.5`, `2`, `-1.25`).
    static func format(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled.isFinite, scaled < 9e15 else { return "0" }
        let units = Int64(scaled)
        let divisor = Int64(scale)
        var text = String(units / divisor)
        var fraction = String(units % divisor)
        if decimals > 0 {
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            while fraction.last == "0" { fraction.removeLast() }
            if !fraction.isEmpty { text += "." + fraction }
        }
        return (value < 0 && units != 0 ? "-" : "") + text
    }

    /// A coordinate in SVG user units, to two decimals.
    static func coordinate(_ value: Double) -> String { format(value, decimals: 2) }

    /// A time in seconds, to microseconds, for titles (`0.2`, `1.000001`).
    static func seconds(_ value: Double) -> String { format(value, decimals: 6) }
}
