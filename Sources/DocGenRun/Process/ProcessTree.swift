import Foundation

/// The processes below one — cells, and what they start in turn (swiftc's swift-frontend) — so docgen can end them
/// all when it stops: killing a child alone leaves its own children running, adopted by init.
package enum ProcessTree {
    /// Every live descendant of `root` (children first, then theirs), from one reading of `/proc`.
    package static func descendants(of root: pid_t = getpid()) -> [pid_t] {
        descendants(of: root, in: ProcessTable.read())
    }

    static func descendants(of root: pid_t, in table: ProcessTable) -> [pid_t] {
        var childrenByParent: [pid_t: [pid_t]] = [:]
        for (pid, parent) in table.parents { childrenByParent[parent, default: []].append(pid) }
        var found: [pid_t] = []
        var seen: Set<pid_t> = [root]  // a table read while pids were reused could hold a loop
        var frontier = [root]
        while !frontier.isEmpty {
            let next = frontier.flatMap { (childrenByParent[$0] ?? []).sorted() }.filter { seen.insert($0).inserted }
            found += next
            frontier = next
        }
        return found
    }
}
