import DocGenModel
import DocGenRun

extension SiteBuilder {
    /// The cells of `shard` among `mapped`, split by the cost table of the executor's cache (`CostTable`).
    package func cells(of shard: Shard, among mapped: [MappedCell]) -> [MappedCell] {
        let costs = executor.settings.cacheDirectory.map { CostTable.read(cacheDirectory: $0) } ?? [:]
        return shard.select(mapped, costs: costs)
    }

    /// Runs the cells of `shard` into the cache and writes nothing else (no site, no snapshot): a build without a
    /// shard, given the cache the N shards filled, then assembles the site executing nothing.
    ///
    /// - Throws: `BuildError` when the content does not map, or cells of this share fail (unless `allowErrors`).
    package func buildShard(
        _ shard: Shard, contentFolder: String, allowErrors: Bool,
        progress: (any BuildProgress)? = nil
    ) async throws(BuildError) -> BuildReport {
        let tally = StageTally(next: progress)
        let (documents, mapped) = try await plan(contentFolder, progress: tally)
        let share = cells(of: shard, among: mapped)
        let executions = await executor.execute(share.map(CellJob.init), progress: tally)
        var report = BuildReport(pages: documents.count, cells: share.count)
        report.executed = executions.filter { !$0.cached }.count
        report.compiled = executions.filter(\.compiled).count
        report.explored = executions.filter(\.explored).count
        report.translated = tally.done(.translating)
        let files = Dictionary(documents.map { ($0.page, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        report.warnings += Self.executionWarnings(share, executions, files: files)
        let failed = Self.failedCells(share, executions, files: files)
        if !failed.isEmpty {
            guard allowErrors else { throw .cellsFailed(failed) }
            report.warnings += failed.map(\.description)
            report.failedCells = failed
        }
        guard !Task.isCancelled else { throw .interrupted }
        return report
    }

    /// After a build or check of every cell: gathers their costs into the table the next shards split by.
    func gatherCosts(_ mapped: [MappedCell]) {
        guard let cache = executor.settings.cacheDirectory else { return }
        CostTable.gather(mapped.map(\.id), cacheDirectory: cache)
    }
}
