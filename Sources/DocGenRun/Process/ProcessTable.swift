import Foundation

/// The live (not zombie) processes of the machine with their parents, as `/proc` lists them at one moment.
struct ProcessTable {
    /// Parent pid by pid.
    private(set) var parents: [pid_t: pid_t] = [:]

    /// Reads `/proc/<pid>/stat` of every process (one that ends meanwhile is left out).
    static func read() -> ProcessTable {
        var table = ProcessTable()
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return table }
        for name in names {
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            // "<pid> (<comm>) <state> <ppid> …": comm may hold blanks and parentheses, so read after the last ')'.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, fields[0] != "Z", let parent = pid_t(fields[1]) else { continue }
            table.parents[pid] = parent
        }
        return table
    }

    /// The pids whose parent is `parent`, in increasing order.
    func children(of parent: pid_t) -> [pid_t] {
        parents.filter { $0.value == parent }.map(\.key).sorted()
    }
}
