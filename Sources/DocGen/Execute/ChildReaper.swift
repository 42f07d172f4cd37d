import Foundation

/// Ends the child processes of this docgen (cells `docgen run … --tagged`, explorations, python3), so none outlives
/// it when docgen is stopped by a signal. Children are found in `/proc` (their parent is this process), so no child
/// can be missed because it was started by a library that does not report its pid.
public enum ChildReaper {
    /// Sends SIGKILL to every child of this process. (A child being started at this very moment is missed; it ends
    /// by itself once docgen is gone, see `ParentWatch`.)
    public static func killChildren() {
        for pid in children() { kill(pid, SIGKILL) }
    }

    /// The pids of the live (not zombie) processes whose parent is `parent`.
    public static func children(of parent: pid_t = getpid()) -> [pid_t] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return names.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return nil }
            // "<pid> (<comm>) <state> <ppid> …": comm may hold blanks and parentheses, so read after the last ')'.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, fields[0] != "Z", pid_t(fields[1]) == parent else { return nil }
            return pid
        }
    }
}
