import Foundation

/// Makes a cell's child process (`docgen run`, `docgen explore`) end when the docgen that started it is gone, even if
/// that docgen was killed with SIGKILL and could not stop it. The parent passes its pid in `variable`; the child
/// checks every quarter second that it still is its parent (after the parent dies the child is re-parented).
///
/// Polling `getppid()` is used instead of `PR_SET_PDEATHSIG`, which fires when the *thread* that started the child
/// exits — in docgen a pool thread that may end while the cell is still running.
package enum ParentWatch {
    /// The environment variable holding the parent docgen's pid.
    package static let variable = "DOCGEN_PARENT_PID"

    /// When started by docgen (`variable` is set), exits at once if the parent is already gone, and starts a thread
    /// that exits the process (status 1) as soon as it is.
    package static func exitWhenParentDies() {
        guard let text = ProcessInfo.processInfo.environment[variable], let parent = pid_t(text) else { return }
        guard getppid() == parent else { exit(1) }
        Thread.detachNewThread {
            while getppid() == parent { usleep(250_000) }
            CellProcessLifetime.killDescendants()  // what the scenario started goes with it
            _exit(1)
        }
    }
}
