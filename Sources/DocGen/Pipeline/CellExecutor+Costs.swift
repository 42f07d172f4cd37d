import DocGenRun

extension CellExecutor {
    /// The cells of `shard` among `mapped`, split by the cost table of this executor's cache (`CostTable`).
    func cells(of shard: Shard, among mapped: [MappedCell]) -> [MappedCell] {
        let costs = settings.cacheDirectory.map { CostTable.read(cacheDirectory: $0) } ?? [:]
        return shard.select(mapped, costs: costs)
    }

    /// After a build or check of every cell: gathers their costs into the table the next shards split by.
    func gatherCosts(of mapped: [MappedCell]) {
        guard let cache = settings.cacheDirectory else { return }
        CostTable.gather(mapped.map(\.id), cacheDirectory: cache)
    }
}
