import DocGenModel
import DocGenRun

/// `docgen build --shard I/N`: one share of a plan's cells run into the cache, and nothing else written (no site, no
/// snapshot). A build without a shard, given the cache the N shards filled, then assembles the site executing nothing.
struct ShardBuild {
    var executor: CellExecutor

    /// Runs the cells of `shard` among the plan's.
    ///
    /// - Throws: `BuildError` when cells of this share fail (unless `allowErrors`) or the build was interrupted.
    func run(
        _ plan: Plan, shard: Shard, allowErrors: Bool, progress: StageTally
    ) async throws(BuildError) -> BuildReport {
        let share = executor.cells(of: shard, among: plan.cells)
        let executions = await executor.execute(share.map(CellJob.init), progress: progress)
        var report = BuildReport(pages: plan.documents.count, cells: share.count)
        report.executed = executions.filter { !$0.cached }.count
        report.compiled = executions.filter(\.compiled).count
        report.explored = executions.filter(\.explored).count
        report.translated = progress.done(.translating)
        report.warnings += CellProblems.warnings(share, executions, in: plan)
        let failed = CellProblems.failures(share, executions, in: plan)
        if !failed.isEmpty {
            guard allowErrors else { throw .cellsFailed(failed) }
            report.warnings += failed.map(\.description)
            report.failedCells = failed
        }
        guard !Task.isCancelled else { throw .interrupted }
        return report
    }
}
