/// One run's record of the warnings already shown, as Python's `__warningregistry__` under the default filter: a
/// warning is shown once per call site (file, line) and text. One lock.
final class WarningRegistry: @unchecked Sendable {
    private struct Site: Hashable {
        var file: String
        var line: Int
        var message: String
    }

    private let lock = InternalLock()
    private var shown: Set<Site> = []

    /// True the first time this warning is raised at this call site in the run, false afterwards.
    func firstTime(file: String, line: Int, message: String) -> Bool {
        lock.withLock { shown.insert(Site(file: file, line: line, message: message)).inserted }
    }
}
