import DocGenModel

/// Whether a cell's Swift output is one CPython produced, and how that was decided.
package struct FidelityVerdict: Sendable, Equatable {
    package var mode: FidelityMode
    /// The 1-based number of the first CPython output that matched, `nil` when none did.
    package var matchedVariant: Int?
    /// How many distinct CPython outputs were compared against.
    package var variantCount: Int
    /// When nothing matched: the first difference from the most frequent CPython output, one fact a line.
    package var difference: [String]
    /// The 1-based number of a CPython output the Swift output equals line for line, even when `mode` asked for
    /// less (so a per-thread cell can still say that CPython printed exactly this).
    package var identicalVariant: Int? = nil
    /// When nothing matched: a unified diff from the most frequent CPython output to the Swift output.
    package var diff: [String] = []

    package var passed: Bool { matchedVariant != nil }

    /// Compares `swift` with each of CPython's `python` outputs (distinct variants, most frequent first) under
    /// `mode`; both sides must already be normalised.
    package static func compare(python: [[FidelityLine]], swift: [FidelityLine], mode: FidelityMode) -> FidelityVerdict
    {
        let key = FidelityComparisonKey(mode: mode)
        let swiftKey = key.of(swift)
        if let index = python.firstIndex(where: { key.of($0) == swiftKey }) {
            let identical = python.firstIndex(of: swift).map { $0 + 1 }
            return FidelityVerdict(
                mode: mode, matchedVariant: index + 1, variantCount: python.count, difference: [],
                identicalVariant: identical)
        }
        let difference = python.first.map { key.difference(python: $0, swift: swift) } ?? ["no CPython output"]
        let diff =
            python.first.map {
                FidelityDiff.lines($0, swift, mode: mode, oldName: "CPython (most frequent output)", newName: "Swift")
            } ?? []
        return FidelityVerdict(
            mode: mode, matchedVariant: nil, variantCount: python.count, difference: difference, diff: diff)
    }

    /// Why it failed, in one line: `exact: differs from CPython at line 3 (2 outputs seen)`; nil when it passed.
    package var reason: String? {
        guard !passed else { return nil }
        let seen = "\(variantCount) output\(variantCount == 1 ? "" : "s") seen"
        guard let first = difference.first, first.hasSuffix(":") else {
            return "\(mode.rawValue): differs from CPython (\(seen))"
        }
        let place = first.dropLast().replacingOccurrences(of: "the lines differ", with: "different lines")
        return "\(mode.rawValue): differs from CPython at \(place) (\(seen))"
    }

    /// One line for a report or a badge: `per-thread: matched CPython (output 2 of 3)`.
    package var summary: String {
        if let matchedVariant {
            var which = variantCount > 1 ? "output \(matchedVariant) of \(variantCount)" : ""
            if mode != .exact {
                let identical =
                    identicalVariant.map { "identical to output \($0)" }
                    ?? "an interleaving CPython was not seen to print"
                which += (which.isEmpty ? "" : "; ") + identical
            }
            return "\(mode.rawValue): matched CPython" + (which.isEmpty ? "" : " (\(which))")
        }
        return "\(mode.rawValue): differs from CPython (\(variantCount) output\(variantCount == 1 ? "" : "s") seen)"
    }
}
