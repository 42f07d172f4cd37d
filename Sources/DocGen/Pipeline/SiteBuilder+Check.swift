import DocGenModel
import DocGenRun
import DocGenVerify

extension SiteBuilder {
    /// Re-executes every cell (ignoring the cache) and compares each transcript with its snapshot; with `shard`,
    /// only that share of the cells (`Shard`), and snapshots of no cell are reported by shard 1 alone.
    package func check(
        contentFolder: String, snapshotFolder: String, missingIsFailure: Bool, shard: Shard? = nil,
        progress: (any BuildProgress)? = nil
    ) async throws(BuildError) -> CheckReport {
        let (documents, all) = try await plan(contentFolder, progress: progress)
        let mapped = shard.map { cells(of: $0, among: all) } ?? all
        let executions = await executor.execute(
            mapped.map { CellJob($0).withoutExploration }, useCache: false, progress: progress)
        let store = SnapshotStore(root: snapshotFolder)
        let verdicts = zip(mapped, executions).map { cell, execution in
            (
                execution.job.id,
                SnapshotVerifier.verdict(for: execution, store: store, expected: cell.cell.options.expect)
            )
        }
        if shard == nil { gatherCosts(all) }
        let cellIDs = Set(all.map(\.id))
        let firstShard = (shard?.index ?? 1) == 1
        // Every snapshot folder's, so those of a deleted or renamed page are reported too.
        let orphans = firstShard ? store.allIDs().filter { !cellIDs.contains($0) } : []
        var report = CheckReport(
            verdicts: verdicts, missingIsFailure: missingIsFailure, orphans: orphans,
            leftovers: firstShard ? store.leftovers() : [])
        let files = Dictionary(documents.map { ($0.page, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        report.warnings = Self.executionWarnings(mapped, executions, files: files)
        return report
    }
}
