import DocGenModel

/// What of an output a comparison mode looks at, and how to explain the first difference.
struct FidelityComparisonKey {
    let mode: FidelityMode

    /// The comparable form of `lines`: the lines themselves, lines grouped by thread, or the sorted lines.
    func of(_ lines: [FidelityLine]) -> [String: [FidelityLine]] {
        switch mode {
        case .exact: ["": lines]
        case .perThread: Dictionary(grouping: lines, by: \.thread)
        case .multiset: ["": lines.sorted()]
        }
    }

    /// The form an output takes when it is compared with a search's possible outputs (the outcome-set rule): `of`'s
    /// groups with each line's thread left out (`ModelCheck.comparable`): the per-thread groups in a canonical order,
    /// the multiset's lines sorted once their threads are left out.
    /// A possible output keeps the thread names of one run only, so an output CPython printed from other threads, the
    /// pool's workers having taken the work in another order, is that output too.
    func outcome(_ lines: [FidelityLine]) -> [[FidelityLine]] {
        switch mode {
        case .exact: [ModelCheck.comparable(lines)]
        case .perThread: of(lines).values.map(ModelCheck.comparable).sorted { $0.lexicographicallyPrecedes($1) }
        case .multiset: [ModelCheck.comparable(lines).sorted()]
        }
    }

    /// The first place where `swift` departs from `python`, in words.
    func difference(python: [FidelityLine], swift: [FidelityLine]) -> [String] {
        if mode == .multiset { return multisetDifference(python: python, swift: swift) }
        let expected = of(python)
        let actual = of(swift)
        for thread in Set(expected.keys).union(actual.keys).sorted() {
            let want = expected[thread] ?? []
            let got = actual[thread] ?? []
            guard want != got else { continue }
            let index = zip(want, got).prefix { $0 == $1 }.count
            let scope = thread.isEmpty ? "" : "thread \(thread), "
            return [
                "\(scope)line \(index + 1):",
                "  CPython: " + (index < want.count ? want[index].display : "(no more lines)"),
                "  Swift:   " + (index < got.count ? got[index].display : "(no more lines)"),
            ]
        }
        return []
    }

    /// Lines CPython printed that Swift did not, and the reverse (counting repeats).
    private func multisetDifference(python: [FidelityLine], swift: [FidelityLine]) -> [String] {
        var counts: [FidelityLine: Int] = [:]
        for line in python { counts[line, default: 0] += 1 }
        for line in swift { counts[line, default: 0] -= 1 }
        let missing = counts.filter { $0.value > 0 }.keys.sorted().prefix(3).map { "  only CPython: " + $0.display }
        let extra = counts.filter { $0.value < 0 }.keys.sorted().prefix(3).map { "  only Swift:   " + $0.display }
        return ["the lines differ:"] + missing + extra
    }
}
