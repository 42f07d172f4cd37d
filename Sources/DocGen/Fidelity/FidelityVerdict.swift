/// Whether a cell's Swift output is one CPython produced, and how that was decided.
public struct FidelityVerdict: Sendable, Equatable {
    public var mode: FidelityMode
    /// The 1-based number of the first CPython output that matched, `nil` when none did.
    public var matchedVariant: Int?
    /// How many distinct CPython outputs were compared against.
    public var variantCount: Int
    /// When nothing matched: the first difference from the most frequent CPython output, one fact a line.
    public var difference: [String]

    public var passed: Bool { matchedVariant != nil }

    /// Compares `swift` with each of CPython's `python` outputs (distinct variants, most frequent first) under
    /// `mode`; both sides must already be normalised.
    public static func compare(python: [[FidelityLine]], swift: [FidelityLine], mode: FidelityMode) -> FidelityVerdict {
        let key = FidelityComparisonKey(mode: mode)
        let swiftKey = key.of(swift)
        if let index = python.firstIndex(where: { key.of($0) == swiftKey }) {
            return FidelityVerdict(mode: mode, matchedVariant: index + 1, variantCount: python.count, difference: [])
        }
        let difference = python.first.map { key.difference(python: $0, swift: swift) } ?? ["no CPython output"]
        return FidelityVerdict(mode: mode, matchedVariant: nil, variantCount: python.count, difference: difference)
    }

    /// One line for a report or a badge: `per-thread: matched CPython (output 2 of 3)`.
    public var summary: String {
        if let matchedVariant {
            let which = variantCount > 1 ? " (output \(matchedVariant) of \(variantCount))" : ""
            return "\(mode.rawValue): matched CPython\(which)"
        }
        return "\(mode.rawValue): differs from CPython (\(variantCount) output\(variantCount == 1 ? "" : "s") seen)"
    }
}
