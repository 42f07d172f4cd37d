extension SiteBuilder {
    /// Re-executes every cell (ignoring the cache) and compares each transcript with its snapshot.
    public func check(
        contentFolder: String, snapshotFolder: String, missingIsFailure: Bool,
        progress: (@Sendable (CellExecution) -> Void)? = nil
    ) async throws(BuildError) -> CheckReport {
        let (documents, mapped) = try plan(contentFolder)
        let executions = await executor.execute(
            mapped.map { CellJob($0).withoutExploration }, useCache: false, progress: progress)
        let store = SnapshotStore(root: snapshotFolder)
        let verdicts = zip(mapped, executions).map { cell, execution in
            (
                execution.job.id,
                SnapshotVerifier.verdict(for: execution, store: store, expected: cell.cell.options.expect)
            )
        }
        let cellIDs = Set(mapped.map(\.id))
        let orphans = documents.flatMap { store.ids(ofPage: $0.page) }.filter { !cellIDs.contains($0) }
        return CheckReport(verdicts: verdicts, missingIsFailure: missingIsFailure, orphans: orphans)
    }
}
