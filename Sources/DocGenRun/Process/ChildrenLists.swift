import Foundation

/// The live descendants of one process from Linux's per-thread `children` lists (`/proc/<pid>/task/<tid>/children`,
/// the processes that thread started or, in a subreaper, adopted), leaving out zombies as `ProcessTable` does.
struct ChildrenLists {
    var root: pid_t

    /// The live descendants of `root`, children first; `nil` when `root`'s lists cannot be read (a kernel without
    /// `CONFIG_PROC_CHILDREN`).
    func descendants() -> [pid_t]? {
        guard let threads = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(root)/task"),
            threads.contains(where: { FileManager.default.fileExists(atPath: "/proc/\(root)/task/\($0)/children") })
        else { return nil }
        return ProcessTree.walk(from: root) { Self.children(of: $0) }.filter(Self.isLive)
    }

    /// The children of `pid` listed by any of its threads (none once it has ended).
    static func children(of pid: pid_t) -> [pid_t] {
        let tasks = "/proc/\(pid)/task"
        let threads = (try? FileManager.default.contentsOfDirectory(atPath: tasks)) ?? []
        return threads.flatMap { thread -> [pid_t] in
            let text = (try? String(contentsOfFile: "\(tasks)/\(thread)/children", encoding: .utf8)) ?? ""
            return text.split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    /// False for a zombie (ended, not yet reaped) or a process that is gone.
    static func isLive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }
}
