import DocGenModel

/// Two outputs as a unified diff of `[thread] text` lines, compared the way `mode` compares them: whole (exact),
/// the first thread whose own lines differ (per-thread), or sorted (multiset). At most `limit` lines.
enum FidelityDiff {
    static func lines(
        _ old: [FidelityLine], _ new: [FidelityLine], mode: FidelityMode, oldName: String, newName: String,
        limit: Int = 40
    ) -> [String] {
        var heading: [String] = []
        var (a, b) = (old, new)
        switch mode {
        case .exact:
            break
        case .multiset:
            (a, b) = (old.sorted(), new.sorted())
            heading = ["(sorted, as multiset compares them)"]
        case .perThread:
            let threads = Set(old.map(\.thread)).union(new.map(\.thread)).sorted()
            if let thread = threads.first(where: { t in old.filter { $0.thread == t } != new.filter { $0.thread == t } }
            ) {
                (a, b) = (old.filter { $0.thread == thread }, new.filter { $0.thread == thread })
                heading = ["(thread \(thread) only, as per-thread compares them)"]
            }
        }
        let text = { (lines: [FidelityLine]) in lines.map { $0.display + "\n" }.joined() }
        let diff = UnifiedDiff.diff(old: text(a), new: text(b), oldName: oldName, newName: newName, context: 2)
        var lines = heading + diff.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        if lines.count > limit {
            let more = lines.count - limit
            lines = Array(lines.prefix(limit)) + ["… \(more) more diff lines"]
        }
        return lines
    }
}
