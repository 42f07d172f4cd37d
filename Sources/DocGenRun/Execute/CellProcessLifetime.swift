import Foundation

/// Keeps what a cell's scenario starts from outliving the cell's own process (`docgen run`, `docgen explore`). That
/// process becomes a child subreaper (`PR_SET_CHILD_SUBREAPER`), so a process the scenario starts stays its
/// descendant even after its own parent exits or it calls `setsid` (which takes it out of the process group docgen
/// kills); every descendant is killed when the cell's process exits, and when it ends because the docgen that
/// started it is gone (`ParentWatch`, also after `kill -9`).
///
/// Threads the scenario runs on are started from a thread whose signal mask is cleared first: Dispatch's and Swift
/// concurrency's threads block SIGINT, SIGTERM and others, and a process started from such a thread would inherit
/// that mask and ignore a polite stop.
package enum CellProcessLifetime {
    /// Call once, first thing, in a cell's own process.
    package static func adopt() {
        _ = ProcessControl.becomeSubreaper()
        atexit { CellProcessLifetime.killDescendants() }
    }

    /// SIGKILLs every live descendant of this process (the scenario's processes and what they started).
    ///
    /// Repeated until none is left (at most 100 rounds): a process forking while `/proc` is read (`setsid` run by a
    /// process group leader forks, and its child calls `setsid`) is missed by one reading, but as an orphan it comes
    /// back to this subreaper, where the next round finds it.
    package static func killDescendants() {
        for _ in 0..<100 {
            let descendants = ProcessTree.descendants(of: getpid())
            if descendants.isEmpty { return }
            for pid in descendants { kill(pid, SIGKILL) }
            usleep(1_000)
        }
    }

    /// Unblocks every signal on the calling thread, so threads and processes started from it begin with none blocked.
    package static func clearSignalMask() {
        ProcessControl.unblockAllOnThisThread()
    }
}
