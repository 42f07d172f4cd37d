import DocGenRun

/// A deterministic share of a build's cells, `--shard I/N`: every cell belongs to exactly one of the N shares, and
/// every shard computes the same split from the same content and cost table (`CostTable`).
package struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1-based: 1 ≤ index ≤ count.
    package var index: Int
    package var count: Int

    /// `nil` unless 1 ≤ index ≤ count.
    package init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Reads `I/N`, both plain decimal numbers, 1 ≤ I ≤ N ≤ 10000; `nil` otherwise.
    package init?(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 5 && $0.allSatisfy(\.isASCIIDigit) }),
            let index = Int(parts[0]), let count = Int(parts[1]), count <= 10000
        else { return nil }
        self.init(index: index, count: count)
    }

    package var description: String { "\(index)/\(count)" }

    /// The cells of this share, in their page order. Cells are dealt out longest first — `costs[id]` seconds; a cell
    /// without a cost counts as the median known cost, or 1 when none is known — each to the share with the least
    /// total so far (ties: the lowest share; equal costs: by id), so the shares take about the same time.
    package func select(_ cells: [MappedCell], costs: [String: Double]) -> [MappedCell] {
        let known = cells.compactMap { costs[$0.id] }.sorted()
        let fallback = known.isEmpty ? 1 : known[known.count / 2]
        let order = cells.map { ($0.id, costs[$0.id] ?? fallback) }.sorted {
            $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0
        }
        var totals = [Double](repeating: 0, count: count)
        var mine: Set<String> = []
        for (id, cost) in order {
            let share = totals.indices.min { totals[$0] != totals[$1] ? totals[$0] < totals[$1] : $0 < $1 }!
            totals[share] += cost
            if share == index - 1 { mine.insert(id) }
        }
        return cells.filter { mine.contains($0.id) }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

extension CellExecutor {
    /// The cells of `shard` among `mapped`, split by the cost table of this executor's cache (`CostTable`).
    func cells(of shard: Shard, among mapped: [MappedCell]) -> [MappedCell] {
        let costs = settings.cacheDirectory.map { CostTable.read(cacheDirectory: $0) } ?? [:]
        return shard.select(mapped, costs: costs)
    }

    /// After a build or check of every cell: gathers their costs into the table the next shards split by, those of
    /// the cells it executed from `measured` (`CostTable.Ledger`).
    func gatherCosts(of mapped: [MappedCell], measured: CostTable.Ledger) {
        gatherCosts(of: mapped.map(\.id), measured: measured)
    }

    /// The same for the cells `ids` (`page/cell`), reading the cost files of the `loaded` ones only
    /// (`CostTable.gather`).
    func gatherCosts(of ids: [String], loaded: Set<String>? = nil, measured: CostTable.Ledger) {
        guard let cache = settings.cacheDirectory else { return }
        CostTable.gather(ids, loaded: loaded, measured: measured.costs, cacheDirectory: cache)
    }
}
