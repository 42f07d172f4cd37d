@testable import DocGenRun
import Foundation
import Testing

/// The descendants a cell's process kills as it exits come from Linux's per-thread `children` lists, not from reading
/// every process of the machine: the same processes as the whole `/proc` table gives, zombies left out.
@Suite struct ProcessTreeTests {
    /// Starts `/bin/sh -c script`; waits (up to 10 s) until `ready` holds for its pid.
    private func shell(_ script: String, until ready: (pid_t) -> Bool) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        try process.run()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !ready(process.processIdentifier) { usleep(10_000) }
        return process
    }

    /// Ends `process` and what it started (SIGKILL: the test's threads block SIGTERM, and so would the shell).
    private func end(_ process: Process) {
        for pid in ProcessTree.descendants(of: process.processIdentifier) { kill(pid, SIGKILL) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    @Test func childrenListsFindWhatTheWholeTableFinds() throws {
        let process = try shell("sleep 30 & (sleep 30 & wait) & wait") {
            ProcessTree.descendants(of: $0, in: ProcessTable.read()).count == 3
        }
        defer { end(process) }
        let pid = process.processIdentifier
        let fromLists = try #require(ChildrenLists(root: pid).descendants())
        #expect(fromLists.count == 3, "a sleep, a subshell and the subshell's sleep")
        #expect(fromLists == ProcessTree.descendants(of: pid, in: ProcessTable.read()))
        #expect(ProcessTree.descendants(of: pid) == fromLists)
    }

    @Test func aZombieChildIsNotADescendant() throws {
        // `true` ends at once; the shell then becomes `sleep`, which never reaps it.
        let process = try shell("true & exec sleep 30") { pid in
            ChildrenLists.children(of: pid).contains { !ChildrenLists.isLive($0) }
        }
        defer { end(process) }
        let pid = process.processIdentifier
        #expect(ChildrenLists.children(of: pid).count == 1, "the zombie is listed")
        #expect(ChildrenLists(root: pid).descendants() == [])
        #expect(ProcessTree.descendants(of: pid, in: ProcessTable.read()) == [])
    }
}
