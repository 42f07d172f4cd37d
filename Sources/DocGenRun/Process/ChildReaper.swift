import Foundation

/// Ends the processes below this docgen (cells `docgen run … --tagged`, explorations, swiftc and its swift-frontend,
/// python3, and whatever those started), so none outlives it when docgen is stopped by a signal. Processes are found
/// in `/proc`, so none can be missed because it was started by a library that does not report its pid.
package enum ChildReaper {
    /// Sends SIGKILL to each child's process group (`ChildGroup`: the child and what it started, even what has since
    /// lost its parent and belongs to init), then to every other descendant, all found in `/proc` before the first
    /// kill — after it, the children of a killed process would belong to init and be out of reach. (A child being
    /// started at this very moment is missed; a cell ends by itself once docgen is gone, see `ParentWatch`.)
    package static func killChildren() {
        let table = ProcessTable.read()
        let descendants = ProcessTree.descendants(of: getpid(), in: table)
        // A child leading a group: the group is its own, never docgen's.
        for child in table.children(of: getpid()) where getpgid(child) == child { kill(-child, SIGKILL) }
        for pid in descendants { kill(pid, SIGKILL) }
    }

    /// The pids of the live (not zombie) processes whose parent is `parent`.
    package static func children(of parent: pid_t = getpid()) -> [pid_t] {
        ProcessTable.read().children(of: parent)
    }
}
