import DocGen
import Foundation
import Synchronization

/// One line per finished cell on stderr when stderr is a terminal; silent otherwise.
final class Progress: Sendable {
    private let total: Int
    private let done = Mutex(0)
    private let enabled: Bool

    init(total: Int) {
        self.total = total
        self.enabled = isatty(2) == 1
    }

    var callback: (@Sendable (CellExecution) -> Void)? {
        guard enabled else { return nil }
        return { [self] execution in report(execution) }
    }

    private func report(_ execution: CellExecution) {
        let count = done.withLock { value in
            value += 1
            return value
        }
        let status = execution.run.failureReason ?? (execution.cached ? "ok (cached)" : "ok")
        FileHandle.standardError.write(Data("[\(count)/\(total)] \(execution.job.id): \(status)\n".utf8))
    }
}
