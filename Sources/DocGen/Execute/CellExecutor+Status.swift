extension CellExecutor {
    /// The outcome of the cell's cached run (`completed`, `deadlock`, …), or `not run since its last change`.
    public func lastStatus(of job: CellJob) -> String {
        guard let directory = settings.cacheDirectory else { return "no cache" }
        let cache = ResultCache(directory: directory, executable: settings.command.executable)
        guard let key = cache.key(for: job), let result = cache.lookup(job, key: key) else {
            return "not run since its last change"
        }
        return CellRun.finished(result).failureKind?.rawValue ?? "completed"
    }
}
