import Foundation

/// The processes below one — cells, and what they start in turn (swiftc's swift-frontend) — so docgen can end them
/// all when it stops: killing a child alone leaves its own children running, adopted by init.
package enum ProcessTree {
    /// Every live descendant of `root` (children first, then theirs). Read from the `children` lists Linux keeps per
    /// thread (`/proc/<pid>/task/<tid>/children`), which cost a few reads for a process with few descendants; from one
    /// reading of the whole of `/proc` when the kernel has no such lists. A cell's process asks this as it exits, and
    /// reading every process's `stat` file of a busy machine cost a tenth of that process's time.
    package static func descendants(of root: pid_t = getpid()) -> [pid_t] {
        ChildrenLists(root: root).descendants() ?? descendants(of: root, in: ProcessTable.read())
    }

    static func descendants(of root: pid_t, in table: ProcessTable) -> [pid_t] {
        var childrenByParent: [pid_t: [pid_t]] = [:]
        for (pid, parent) in table.parents { childrenByParent[parent, default: []].append(pid) }
        return walk(from: root) { childrenByParent[$0] ?? [] }
    }

    /// The processes below `root`, level by level, each level in increasing order; `children(pid)` lists a process's
    /// children.
    static func walk(from root: pid_t, children: (pid_t) -> [pid_t]) -> [pid_t] {
        var found: [pid_t] = []
        var seen: Set<pid_t> = [root]  // a table read while pids were reused could hold a loop
        var frontier = [root]
        while !frontier.isEmpty {
            let next = frontier.flatMap { children($0).sorted() }.filter { seen.insert($0).inserted }
            found += next
            frontier = next
        }
        return found
    }
}
