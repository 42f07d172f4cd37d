import DocGenRun
import Foundation
import Synchronization

/// One line per finished cell on stderr when stderr is a terminal; silent otherwise.
final class Progress: Sendable {
    private let total: Int
    private let done = Mutex(0)
    private let enabled: Bool

    /// `total` (the number of cells, which costs a parse of the content) is only evaluated on a terminal.
    init(total: @autoclosure () -> Int) {
        enabled = isatty(2) == 1
        self.total = enabled ? total() : 0
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
