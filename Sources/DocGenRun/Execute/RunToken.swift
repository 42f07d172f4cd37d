import Foundation

/// A mark docgen puts in the environment of each child it starts (`DOCGEN_RUN_TOKEN=<uuid>`), which every process
/// the child starts in turn inherits unless it clears its environment. When a child dies by a signal or is killed at
/// its timeout, it cannot end what it started, and a process that called `setsid` is out of the child's process
/// group: docgen then finds those processes by the mark in `/proc/<pid>/environ` and kills them.
struct RunToken: Sendable {
    static let variable = "DOCGEN_RUN_TOKEN"

    let value = UUID().uuidString

    /// SIGKILLs every process whose environment holds this token, and returns how many it found.
    @discardableResult
    func killMarkedProcesses() -> Int {
        let needle = Array((Self.variable + "=" + value).utf8)
        var killed = 0
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return 0 }
        for name in names {
            guard let pid = pid_t(name), pid != getpid(),
                let environment = FileManager.default.contents(atPath: "/proc/\(name)/environ")
            else { continue }
            let entries = environment.split(separator: 0, omittingEmptySubsequences: true)
            if entries.contains(where: { $0.elementsEqual(needle) }) {
                kill(pid, SIGKILL)
                killed += 1
            }
        }
        return killed
    }
}
