import DocGenModel

/// Whether the runs recorded for a cell agree under its fidelity mode, and, when they do not, which weaker mode or
/// which extra `mask=` would make them agree (each suggestion is checked against the runs before it is named).
struct RecordingAgreement {
    /// The normalised output of each run.
    let outputs: [[FidelityLine]]
    let mode: FidelityMode

    /// Whether every run agrees with the first under `mode`.
    static func agree(_ outputs: [[FidelityLine]], under mode: FidelityMode) -> Bool {
        let key = FidelityComparisonKey(mode: mode)
        guard let first = outputs.first.map(key.of) else { return true }
        return outputs.allSatisfy { key.of($0) == first }
    }

    /// The first two runs that disagree under `mode`, nil when all agree.
    var disagreeing: (first: [FidelityLine], second: [FidelityLine])? {
        let key = FidelityComparisonKey(mode: mode)
        guard let first = outputs.first,
            let second = outputs.first(where: { key.of($0) != key.of(first) })
        else { return nil }
        return (first, second)
    }

    /// What would make the runs agree, as the option to write: `<!-- docgen: fidelity=per-thread -->`, or
    /// `<!-- docgen: mask="value=\d+" -->` (with the mode it needs); nil if no mode or simple mask does.
    var suggestion: String? {
        let weaker = FidelityMode.allCases.drop { $0 != mode }.dropFirst()
        if let fit = weaker.first(where: { Self.agree(outputs, under: $0) }) {
            return "<!-- docgen: fidelity=\(fit.rawValue) -->"
        }
        guard let pair = disagreeing else { return nil }
        for mask in Self.maskCandidates(pair.first, pair.second) {
            guard let normaliser = try? FidelityNormaliser(masks: [mask]) else { continue }
            let masked = outputs.map { $0.map(normaliser.normalise) }
            for candidate in [mode] + weaker where Self.agree(masked, under: candidate) {
                let quoted = "mask=\"\(mask)\""
                return candidate == mode
                    ? "<!-- docgen: \(quoted) -->" : "<!-- docgen: fidelity=\(candidate.rawValue) \(quoted) -->"
            }
        }
        return nil
    }

    /// Patterns for what differs between the first lines of `a` and `b` that differ: the varying part as digits,
    /// letters or a word, first with the word before it (`value=\d+`), then alone (`\d+`).
    static func maskCandidates(_ a: [FidelityLine], _ b: [FidelityLine]) -> [String] {
        guard let index = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) else { return [] }
        let (x, y) = (a[index].text, b[index].text)
        let prefix = String(zip(x, y).prefix { $0 == $1 }.map(\.0))
        let rest = (x.dropFirst(prefix.count), y.dropFirst(prefix.count))
        let suffixCount = zip(rest.0.reversed(), rest.1.reversed()).prefix { $0 == $1 }.count
        let middles = [rest.0.dropLast(suffixCount), rest.1.dropLast(suffixCount)]
        let classes: [(pattern: String, matches: (Character) -> Bool)] = [
            (#"\d+"#, { $0.isNumber }), ("[A-Za-z]+", { $0.isLetter }), (#"\w+"#, { $0.isLetter || $0.isNumber || $0 == "_" }),
        ]
        let context = String(prefix.reversed().prefix { !$0.isWhitespace && $0 != "\"" }.reversed())
        var candidates: [String] = []
        for (pattern, matches) in classes where middles.allSatisfy({ !$0.isEmpty && $0.allSatisfy(matches) }) {
            if !context.isEmpty { candidates.append(escaped(context) + pattern) }
            candidates.append(pattern)
        }
        return candidates
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for char in text {
            if #"\^$.|?*+()[]{}/"#.contains(char) { result.append("\\") }
            result.append(char)
        }
        return result
    }
}
