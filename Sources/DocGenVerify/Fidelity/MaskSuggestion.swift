/// The narrowest `mask=` that makes a cell's CPython runs agree where unseeded randomness (or anything else that
/// changes from run to run but for the threads' interleaving) keeps them apart; every suggestion is checked on the
/// outputs before it is made.
struct MaskSuggestion: Equatable {
    /// The regular expression.
    let mask: String
    /// How many runs the masked outputs took to settle.
    let settledAfter: Int
    /// Two runs the mask makes agree (for the report's diff).
    let pair: ([FidelityLine], [FidelityLine])

    /// The option to write in the cell: `<!-- docgen: mask="value=\d+" -->`.
    var option: String { "<!-- docgen: mask=\"\(mask)\" -->" }

    static func == (a: MaskSuggestion, b: MaskSuggestion) -> Bool {
        a.mask == b.mask && a.settledAfter == b.settledAfter
    }

    /// A mask under which `outputs` (runs in order) settle — their last `quietRuns` runs print nothing new — or nil.
    /// Candidates come from where two runs that differ part (`MaskCandidates`), most recent new
    /// outputs first, a word with its context before the bare pattern.
    static func settling(_ outputs: [[FidelityLine]], quietRuns: Int) -> MaskSuggestion? {
        var distinct: [[FidelityLine]] = []
        for output in outputs where !distinct.contains(output) { distinct.append(output) }
        guard distinct.count > 1 else { return nil }
        var tried: Set<String> = []
        for newer in distinct.reversed() {
            for older in distinct where older != newer {
                for mask in MaskCandidates.between(older, newer) where tried.insert(mask).inserted {
                    guard let normaliser = try? FidelityNormaliser(masks: [mask]) else { continue }
                    let masked = outputs.map { $0.map(normaliser.normalise) }
                    if let after = settledAfter(masked, quietRuns: quietRuns) {
                        return MaskSuggestion(mask: mask, settledAfter: after, pair: (older, newer))
                    }
                }
            }
        }
        return nil
    }

    /// The number of runs after which `outputs` had run `quietRuns` times with nothing new, nil if never.
    static func settledAfter(_ outputs: [[FidelityLine]], quietRuns: Int) -> Int? {
        var seen: Set<[FidelityLine]> = []
        var sinceNew = 0
        for (index, output) in outputs.enumerated() {
            sinceNew = seen.insert(output).inserted ? 0 : sinceNew + 1
            if sinceNew >= quietRuns { return index + 1 }
        }
        return nil
    }
}
