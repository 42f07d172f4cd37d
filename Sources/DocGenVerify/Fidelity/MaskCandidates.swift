/// Where two of a cell's CPython runs part: the candidates for a `mask=` that would make them agree
/// (`MaskSuggestion` checks each on the runs before naming it).
enum MaskCandidates {
    /// Patterns for what differs between the first lines of `a` and `b` that differ: the varying part as digits,
    /// letters or a word, first with the word before it (`value=\d+`), then alone (`\d+`).
    static func between(_ a: [FidelityLine], _ b: [FidelityLine]) -> [String] {
        guard let index = a.indices.first(where: { $0 < b.count && a[$0] != b[$0] }) else { return [] }
        let (x, y) = (a[index].text, b[index].text)
        let prefix = String(zip(x, y).prefix { $0 == $1 }.map(\.0))
        let rest = (x.dropFirst(prefix.count), y.dropFirst(prefix.count))
        let suffixCount = zip(rest.0.reversed(), rest.1.reversed()).prefix { $0 == $1 }.count
        let middles = [rest.0.dropLast(suffixCount), rest.1.dropLast(suffixCount)]
        let classes: [(pattern: String, matches: (Character) -> Bool)] = [
            (#"\d+"#, { $0.isNumber }), ("[A-Za-z]+", { $0.isLetter }),
            (#"\w+"#, { $0.isLetter || $0.isNumber || $0 == "_" }),
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
