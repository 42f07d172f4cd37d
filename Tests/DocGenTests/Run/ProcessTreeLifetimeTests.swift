import DocGenTestSupport
import Foundation
import Testing

/// Nothing docgen starts outlives it, however deep: a signal to docgen's pid alone (not its process group) also ends
/// what its children started — a cell's own subprocess, swiftc's swift-frontend — and a build stopped that way leaves
/// the previous site whole. End to end on the built binary, in temporary folders; every wait runs `OffPool`.
@Suite(.serialized) struct ProcessTreeLifetimeTests {
    /// Scenario code that blocks until the cell is killed (or its timeout), reaching a scheduling point every 0.1 s of
    /// real time: a thread that reaches none for 10 s ends its run (`RunOptions.stallTimeout`), which ended these
    /// cells — and their builds, with status 1 — when a loaded machine delayed the test's signal past 10 s.
    static let blockWithoutStalling = "while true {\n    usleep(100_000)\n    Threading.time.sleep(0.1)\n}"

    /// A cell whose scenario starts a grandchild of docgen (`sleep 300`, never waited for), then blocks.
    static let spawningPages = [
        "spawns.md": "# Spawns\n\n## Spawns\n\n<!-- docgen: timeout=60 -->\n```python\nimport signal, subprocess\n"
            + "subprocess.Popen([\"sleep\", \"300\"])\nsignal.pause()\n```\n",
        "spawns/spawns.swift": """
        import Glibc
        import Threading

        var pid: pid_t = 0
        var argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sleep"), strdup("300"), nil]
        _ = posix_spawn(&pid, "/bin/sleep", nil, nil, &argv, environ)
        \(blockWithoutStalling)

        """,
    ]

    /// A temporary project whose `site/` holds a finished build of a one-page content folder.
    private func projectWithASite() throws -> (folder: String, site: [String: Data]) {
        let folder = try TestSupport.temporaryFolder("tree")
        try TestSupport.write("# Before\n\nThe previous site.\n", to: folder + "/before/before.md")
        for (name, text) in Self.spawningPages { try TestSupport.write(text, to: folder + "/content/" + name) }
        let built = try DocgenBinary.run([
            "build", "--content", folder + "/before", "--out", folder + "/site", "--cache", folder + "/cache",
        ])
        guard built.status == 0, let site = BadInputSupport.files(in: folder + "/site") else {
            throw Failure.firstBuild(built.stderr)
        }
        return (folder, site)
    }

    private enum Failure: Error { case firstBuild(String) }

    /// `projectWithASite`, off the cooperative pool.
    private func projectWithASite() async throws -> (folder: String, site: [String: Data]) {
        try await OffPool.run { try self.projectWithASite() }
    }

    /// `docgen build` of the spawning content into the project's site, with scenarios compiled into `compileCache`.
    private func startBuild(in folder: String, compileCache: String) throws -> DefaultSignalsProcess {
        var environment = ProcessInfo.processInfo.environment
        environment["DOCGEN_COMPILE_CACHE"] = compileCache
        return try DefaultSignalsProcess(
            executable: DocgenBinary.path,
            arguments: [
                "build", "--content", folder + "/content", "--out", folder + "/site", "--cache", folder + "/cache",
                "--jobs", "1",
            ], environment: environment, standardError: folder + "/stderr.txt")
    }

    /// The descendants of `pid` once one of them runs `command` (waiting up to 120 s; empty if none ever did).
    private func descendants(of pid: pid_t, onceOneRuns command: String) async throws -> [pid_t] {
        try await OffPool.run {
            let deadline = Date().addingTimeInterval(120)
            while Date() < deadline {
                let found = ServeEndToEndTests.descendants(of: pid)
                if found.contains(where: { Self.command(of: $0) == command }) { return found }
                usleep(20_000)
            }
            return []
        }
    }

    /// Waits for `process` to exit.
    private func exit(of process: DefaultSignalsProcess) async throws {
        try await OffPool.run { process.waitUntilExit() }
    }

    /// The `Sig…` lines of `/proc/<pid>/status` (pending, blocked, ignored, caught), for failure messages.
    static func signalState(of pid: pid_t) -> String {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        return status.split(separator: "\n").filter { $0.hasPrefix("Sig") || $0.hasPrefix("ShdPnd") }
            .map { $0.replacingOccurrences(of: "\t", with: " ") }.joined(separator: ", ")
    }

    private static func command(of pid: pid_t) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .newlines)
    }

    /// Waits up to `seconds` for every pid to be gone; the survivors (with their commands) otherwise.
    private func survivors(_ pids: [pid_t], within seconds: Double) async throws -> [String] {
        try await OffPool.run {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline, pids.contains(where: ServeEndToEndTests.isAlive) { usleep(20_000) }
            return pids.filter(ServeEndToEndTests.isAlive).map { "\($0) (\(Self.command(of: $0) ?? "?"))" }
        }
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalToDocgenAloneEndsTheProcessesItsCellsStarted(_ signal: Int32) async throws {
        let (folder, before) = try await projectWithASite()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let build = try startBuild(in: folder, compileCache: DocgenBinary.compileCache)
        let tree = try await descendants(of: build.processIdentifier, onceOneRuns: "sleep")
        try #require(!tree.isEmpty, "the cell never started its subprocess")
        let sent = Date()
        let signals = Self.signalState(of: build.processIdentifier)
        kill(build.processIdentifier, signal)
        try await exit(of: build)
        // On failure: how long docgen took, its signal state when the signal was sent, and what it printed.
        #expect(
            build.terminationReason == .uncaughtSignal && build.terminationStatus == signal,
            """
            ended by \(build.terminationReason == .exit ? "exit" : "signal") \(build.terminationStatus) \
            \(Int(Date().timeIntervalSince(sent) * 1000)) ms after the signal; \(signals); stderr: \
            \((try? TestSupport.read(folder + "/stderr.txt")) ?? "")
            """)
        #expect(try await survivors(tree, within: 2) == [], "outlived docgen build")
        #expect(BadInputSupport.files(in: folder + "/site") == before, "the previous site changed")
    }

    /// The cell still runs 12 s after it started (beyond the 10 s a run may go without a scheduling point), so a
    /// SIGINT that a loaded machine delays that long still finds it and ends docgen by that signal — not status 1.
    @Test func aSignalLongAfterTheCellStartedStillEndsDocgenByIt() async throws {
        let (folder, _) = try await projectWithASite()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let build = try startBuild(in: folder, compileCache: DocgenBinary.compileCache)
        let tree = try await descendants(of: build.processIdentifier, onceOneRuns: "sleep")
        try #require(!tree.isEmpty, "the cell never started its subprocess")
        _ = try await OffPool.run { sleep(12) }
        kill(build.processIdentifier, SIGINT)
        try await exit(of: build)
        #expect(
            build.terminationReason == .uncaughtSignal && build.terminationStatus == SIGINT,
            "\((try? TestSupport.read(folder + "/stderr.txt")) ?? "")")
        #expect(try await survivors(tree, within: 2) == [], "outlived docgen build")
    }

    /// A docgen started with SIGINT and SIGHUP ignored (a background job of a shell script, `nohup`) leaves them
    /// ignored, as the POSIX convention wants: neither stops it or its cell; SIGTERM still does.
    @Test func signalsIgnoredAtItsStartStayIgnored() async throws {
        let (folder, _) = try await projectWithASite()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var environment = ProcessInfo.processInfo.environment
        environment["DOCGEN_COMPILE_CACHE"] = DocgenBinary.compileCache
        let build = try DefaultSignalsProcess(
            executable: "/bin/sh",
            arguments: [
                "-c", "trap '' INT HUP && exec \"$0\" \"$@\"", DocgenBinary.path, "build", "--content",
                folder + "/content", "--out", folder + "/site", "--cache", folder + "/cache", "--jobs", "1",
            ], environment: environment, standardError: folder + "/stderr.txt")
        let tree = try await descendants(of: build.processIdentifier, onceOneRuns: "sleep")
        try #require(!tree.isEmpty, "the cell never started its subprocess")
        kill(build.processIdentifier, SIGINT)
        kill(build.processIdentifier, SIGHUP)
        let stillRunning = try await OffPool.run {
            usleep(1_500_000)
            return build.isRunning && tree.allSatisfy(ServeEndToEndTests.isAlive)
        }
        #expect(stillRunning, "an ignored SIGINT or SIGHUP stopped docgen build or its cell")
        kill(build.processIdentifier, SIGTERM)
        try await exit(of: build)
        #expect(build.terminationReason == .uncaughtSignal && build.terminationStatus == SIGTERM)
        #expect(try await survivors(tree, within: 2) == [], "outlived docgen build")
    }

    @Test func aSignalToDocgenAloneEndsSwiftcsFrontend() async throws {
        let (folder, before) = try await projectWithASite()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A compile cache of its own, so swiftc runs.
        let build = try startBuild(in: folder, compileCache: folder + "/compiled")
        let tree = try await descendants(of: build.processIdentifier, onceOneRuns: "swift-frontend")
        try #require(!tree.isEmpty, "swiftc's frontend never ran")
        kill(build.processIdentifier, SIGTERM)
        try await exit(of: build)
        #expect(build.terminationReason == .uncaughtSignal && build.terminationStatus == SIGTERM)
        #expect(try await survivors(tree, within: 2) == [], "outlived docgen build")
        #expect(BadInputSupport.files(in: folder + "/site") == before, "the previous site changed")
    }

    @Test(arguments: [SIGTERM, SIGINT, SIGHUP])
    func aSignalToDocgenServeEndsTheProcessesItsCellsStarted(_ signal: Int32) async throws {
        let serve = try await OffPool.run { try ServeProcess(pages: Self.spawningPages, waitForFirstBuild: false) }
        let tree = try await descendants(of: serve.process.processIdentifier, onceOneRuns: "sleep")
        try #require(!tree.isEmpty, "the cell never started its subprocess")
        #expect(try await OffPool.run { serve.stop(signal, timeout: 5) } == 0)
        #expect(try await survivors(tree, within: 2) == [], "outlived docgen serve")
    }

    /// A page whose one cell (timeout `timeout` s) starts `sleep 300` — with its output to /dev/null or, with
    /// `holdingOutput`, to the cell's own stdout — writes its pid to `pidFile`, then ends or (`blocks`) never ends.
    static func grandchildPages(pidFile: String, holdingOutput: Bool, blocks: Bool, timeout: Int) -> [String: String] {
        let redirect =
            holdingOutput
            ? ""
            : """
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            """
        return [
            "leaves.md": "# Leaves\n\n## Leaves\n\n<!-- docgen: timeout=\(timeout) -->\n```python\nimport subprocess\n"
                + "subprocess.Popen([\"sleep\", \"300\"])\n```\n",
            "leaves/leaves.swift": """
            import Glibc

            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            \(redirect)
            var pid: pid_t = 0
            var argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sleep"), strdup("300"), nil]
            _ = posix_spawn(&pid, "/bin/sleep", &actions, nil, &argv, environ)
            let file = fopen("\(pidFile)", "w")
            fputs("\\(pid)\\n", file)
            fclose(file)
            \(blocks ? "while true { pause() }" : "")

            """,
        ]
    }

    /// Builds `pages` in a temporary project (waiting at most `seconds`); the pid its cell wrote and whether the build
    /// ended in time. A surviving grandchild is killed afterwards, so a failing run leaves nothing behind.
    private func buildLeavingAGrandchild(holdingOutput: Bool, blocks: Bool, timeout: Int, seconds: Double) async throws
        -> (grandchild: pid_t, ended: Bool, survivors: [String])
    {
        let folder = try TestSupport.temporaryFolder("leaves")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pages = Self.grandchildPages(
            pidFile: folder + "/grandchild.pid", holdingOutput: holdingOutput, blocks: blocks, timeout: timeout)
        for (name, text) in pages { try TestSupport.write(text, to: folder + "/content/" + name) }
        let build = try startBuild(in: folder, compileCache: DocgenBinary.compileCache)
        let ended = try await OffPool.run {
            let deadline = Date().addingTimeInterval(seconds)
            while build.isRunning, Date() < deadline { usleep(20_000) }
            return !build.isRunning
        }
        if !ended { kill(build.processIdentifier, SIGKILL) }
        try await exit(of: build)
        let text = try TestSupport.read(folder + "/grandchild.pid").trimmingCharacters(in: .whitespacesAndNewlines)
        let grandchild = try #require(pid_t(text), "the cell wrote no pid: \(text)")
        let left = try await survivors([grandchild], within: 2)
        if !left.isEmpty, Self.command(of: grandchild) == "sleep" { kill(grandchild, SIGKILL) }
        return (grandchild, ended, left)
    }

    /// The cell ends normally but leaves `sleep` running: its process group is killed once it has exited.
    @Test func whatACellLeftRunningEndsWhenTheCellDoes() async throws {
        let outcome = try await buildLeavingAGrandchild(holdingOutput: false, blocks: false, timeout: 60, seconds: 120)
        #expect(outcome.ended, "the build did not end")
        #expect(outcome.survivors == [], "outlived its cell")
    }

    /// The cell times out while `sleep`, its child, holds the cell's stdout open: the two end together, and the build
    /// does not wait for the end of that output.
    @Test func aTimedOutCellEndsWithTheChildHoldingItsOutput() async throws {
        let outcome = try await buildLeavingAGrandchild(holdingOutput: true, blocks: true, timeout: 2, seconds: 60)
        #expect(outcome.ended, "the build waited on the timed-out cell's child")
        #expect(outcome.survivors == [], "outlived its timed-out cell")
    }
}
