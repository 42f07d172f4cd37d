import Foundation

/// The processes below this one — cells, and what they start in turn (swiftc's swift-frontend) — so `docgen serve`
/// can end them all when it stops: killing a child alone leaves its own children running, adopted by init.
public enum ProcessTree {
    /// Every live descendant of `root` (children first, then theirs).
    public static func descendants(of root: pid_t = getpid()) -> [pid_t] {
        var found: [pid_t] = []
        var frontier = [root]
        while let parent = frontier.popLast() {
            let children = ChildReaper.children(of: parent)
            found += children
            frontier += children
        }
        return found
    }

    /// Sends SIGKILL to each of `pids`.
    public static func kill(_ pids: [pid_t]) {
        for pid in pids { Foundation.kill(pid, SIGKILL) }
    }
}
