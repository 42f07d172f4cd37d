extension CellExecutor {
    /// The outcome of the cell's cached run (`completed`, `deadlock`, …), or `not run since its last change`.
    package func lastStatus(of job: CellJob) -> String {
        guard let directory = settings.cacheDirectory else { return "no cache" }
        let cache = ResultCache(
            directory: directory, runtimeIdentity: settings.runtimeIdentity, defaults: settings.cacheDefaults)
        guard let result = cache.lookup(job, key: cache.key(for: job)) else {
            return "not run since its last change"
        }
        return CellRun.finished(result).failureKind?.rawValue ?? "completed"
    }
}
