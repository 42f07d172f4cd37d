/// The one way docgen reads numbers written by people (cell options and command-line options): plain decimal digits,
/// checked against a range where they are parsed, so `inf`, `1e308`, `0x10`, `+5` or `nan` never reach the code that
/// uses them. Each `…Form` text says what is accepted, for error messages.
package enum NumberSyntax {
    /// The longest timeout accepted, in seconds (one day).
    package static let maxSeconds: Double = 86_400

    /// What `seconds(_:)` accepts.
    package static let secondsForm = "a number of seconds written like 10 or 2.5, more than 0 and at most 86400"

    /// Seconds written as digits with an optional decimal part (`10`, `2.5`, `0.25`), more than 0 and at most
    /// `maxSeconds`; `nil` otherwise.
    package static func seconds(_ text: some StringProtocol) -> Double? {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first, isDigits(whole), parts.count == 1 || isDigits(parts[1]),
            let value = Double(String(text)), value > 0, value <= maxSeconds
        else { return nil }
        return value
    }

    /// What `wholeNumber(_:in:)` accepts, for a range.
    package static func wholeNumberForm(_ range: ClosedRange<UInt64>) -> String {
        "a whole number written in digits, from \(range.lowerBound) to \(range.upperBound)"
    }

    /// A whole number written in decimal digits only, inside `range`; `nil` otherwise (also when it overflows).
    package static func wholeNumber(_ text: some StringProtocol, in range: ClosedRange<UInt64>) -> UInt64? {
        guard isDigits(text), let value = UInt64(String(text)), range.contains(value) else { return nil }
        return value
    }

    /// A TCP port for `docgen serve`: 0 (pick a free one) to 65535.
    package static func port(_ text: some StringProtocol) -> Int? {
        wholeNumber(text, in: 0...65_535).map { Int($0) }
    }

    private static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }
}
