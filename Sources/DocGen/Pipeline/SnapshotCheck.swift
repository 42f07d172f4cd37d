import DocGenModel
import DocGenRun
import DocGenVerify

/// `docgen check`: every cell of a plan executed again (the cache ignored) and its transcript compared with its
/// snapshot.
struct SnapshotCheck {
    var executor: CellExecutor

    /// Re-executes the plan's cells and compares each transcript with its snapshot under `snapshotFolder`; with
    /// `shard`, only that share of the cells (`Shard`), and snapshots of no cell are reported by shard 1 alone.
    func run(
        _ plan: Plan, snapshotFolder: String, missingIsFailure: Bool, shard: Shard?, progress: (any BuildProgress)?
    ) async -> CheckReport {
        let mapped = shard.map { executor.cells(of: $0, among: plan.cells) } ?? plan.cells
        // A share's costs go to cost files, for the build that gathers them; the whole plan's to the table now.
        let costs = shard == nil ? CostTable.Ledger() : nil
        let executions = await executor.execute(
            mapped.map { CellJob($0).withoutExploration }, useCache: false, progress: progress, costs: costs)
        let store = SnapshotStore(root: snapshotFolder)
        let verdicts = zip(mapped, executions).map { cell, execution in
            (
                execution.job.id,
                SnapshotVerifier.verdict(for: execution, store: store, expected: cell.cell.options.expect)
            )
        }
        if let costs { executor.gatherCosts(of: plan.cells, measured: costs) }
        let cellIDs = Set(plan.cells.map(\.id))
        let firstShard = (shard?.index ?? 1) == 1
        // Every snapshot folder's, so those of a deleted or renamed page are reported too.
        let orphans = firstShard ? store.allIDs().filter { !cellIDs.contains($0) } : []
        var report = CheckReport(
            verdicts: verdicts, missingIsFailure: missingIsFailure, orphans: orphans,
            leftovers: firstShard ? store.leftovers() : [])
        report.warnings = CellProblems.warnings(mapped, executions, in: plan)
        return report
    }
}
