@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// No cell outlives its build: a signal to docgen's pid alone (not its process group) ends its `docgen run` children,
/// and a docgen killed outright leaves children that end by themselves. End to end on the built binary.
@Suite(.serialized) struct ChildLifetimeTests {
    /// A build of one cell that blocks forever (its timeout is a minute), started without waiting.
    private func startLongBuild() throws -> (DefaultSignalsProcess, String) {
        let content = try BadInputSupport.content([
            "fixtures-timeout.md": Array(
                "# Never ends\n\n## Never ends\n\n<!-- docgen: timeout=60 -->\n```python\nsignal.pause()\n```\n".utf8),
            "fixtures-timeout/never-ends.swift": Array(
                ("import Glibc\nimport Threading\n\n" + ProcessTreeLifetimeTests.blockWithoutStalling + "\n").utf8),
        ])
        let folder = (content as NSString).deletingLastPathComponent
        let process = try BadInputSupport.start([
            "build", "--content", content, "--out", folder + "/site", "--cache", folder + "/cache", "--jobs", "1",
        ])
        return (process, folder)
    }

    /// The cell children of `pid` (`docgen-cell`, or `docgen run` without it; not the swiftc compiling the cell
    /// first), once at least one is running (waits up to 60 s).
    private func runningChildren(of pid: pid_t) -> [pid_t] {
        let docgen = URL(fileURLWithPath: DocgenBinary.path).resolvingSymlinksInPath().path
        let cells = [docgen, (docgen as NSString).deletingLastPathComponent + "/" + CellExecutable.name]
        for _ in 0..<600 {
            let children = ChildReaper.children(of: pid).filter {
                cells.contains((try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\($0)/exe")) ?? "")
            }
            if !children.isEmpty { return children }
            usleep(100_000)
        }
        return []
    }

    /// True while `pid` exists and is not a zombie.
    private func isAlive(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return !stat[stat.index(after: close)...].hasPrefix(" Z")
    }

    /// Waits up to `seconds` for every pid to be gone.
    private func allGone(_ pids: [pid_t], within seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !pids.contains(where: isAlive) { return true }
            usleep(50_000)
        }
        return false
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalToDocgenAloneEndsItsRunningCells(_ signal: Int32) throws {
        let (process, folder) = try startLongBuild()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let children = runningChildren(of: process.processIdentifier)
        #expect(!children.isEmpty, "the cell never started")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(process.terminationStatus == signal)
        #expect(allGone(children, within: 2), "a docgen run child outlived docgen: \(children.filter(isAlive))")
    }

    @Test func aCellEndsByItselfWhenDocgenIsKilledOutright() throws {
        let (process, folder) = try startLongBuild()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let children = runningChildren(of: process.processIdentifier)
        #expect(!children.isEmpty, "the cell never started")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(
            allGone(children, within: 2), "a docgen run child outlived a killed docgen: \(children.filter(isAlive))")
    }
}
