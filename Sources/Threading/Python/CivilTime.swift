/// A broken-down time (Python's `struct_time`), computed without Foundation.
struct CivilTime {
    var year, month, day, hour, minute, second, weekday, yearDay: Int
    /// Seconds east of UTC.
    var utcOffset: Int

    /// `seconds` since the epoch, shifted by `utcOffset` seconds.
    init(epochSeconds seconds: Double, utcOffset: Int) {
        let total = Int((seconds + Double(utcOffset)).rounded(.down))
        var days = total / 86_400
        var rest = total % 86_400
        if rest < 0 {
            rest += 86_400
            days -= 1
        }
        hour = rest / 3_600
        minute = rest % 3_600 / 60
        second = rest % 60
        weekday = ((days % 7) + 7 + 3) % 7  // 1970-01-01 was a Thursday; Monday = 0
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        day = doy - (153 * mp + 2) / 5 + 1
        month = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let starts = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        yearDay = starts[month - 1] + day + (leap && month > 2 ? 1 : 0)
        self.utcOffset = utcOffset
    }

    private static let dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// C's `strftime` in the C locale, for the directives Python programs commonly use.
    func format(_ pattern: String) -> String {
        var out = ""
        var iterator = pattern.makeIterator()
        while let c = iterator.next() {
            guard c == "%", let d = iterator.next() else {
                out.append(c)
                continue
            }
            switch d {
            case "Y": out += String(year)
            case "y": out += pad(year % 100)
            case "m": out += pad(month)
            case "d": out += pad(day)
            case "e": out += day < 10 ? " \(day)" : String(day)
            case "H": out += pad(hour)
            case "I": out += pad(hour % 12 == 0 ? 12 : hour % 12)
            case "M": out += pad(minute)
            case "S": out += pad(second)
            case "p": out += hour < 12 ? "AM" : "PM"
            case "j": out += String(repeating: "0", count: 3 - String(yearDay).count) + String(yearDay)
            case "a": out += String(Self.dayNames[weekday].prefix(3))
            case "A": out += Self.dayNames[weekday]
            case "b", "h": out += String(Self.monthNames[month - 1].prefix(3))
            case "B": out += Self.monthNames[month - 1]
            case "w": out += String((weekday + 1) % 7)
            case "c": out += format("%a %b %e %H:%M:%S %Y")
            case "x": out += format("%m/%d/%y")
            case "X", "T": out += format("%H:%M:%S")
            case "D": out += format("%m/%d/%y")
            case "F": out += format("%Y-%m-%d")
            case "R": out += format("%H:%M")
            case "z":
                let sign = utcOffset < 0 ? "-" : "+"
                out += sign + pad(abs(utcOffset) / 3_600) + pad(abs(utcOffset) % 3_600 / 60)
            case "Z": out += utcOffset == 0 ? "UTC" : ""
            case "%": out += "%"
            default: out += "%\(d)"
            }
        }
        return out
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
