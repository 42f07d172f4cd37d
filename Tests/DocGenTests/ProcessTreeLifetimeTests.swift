import Foundation
import Testing

/// Nothing docgen starts outlives it, however deep: a signal to docgen's pid alone (not its process group) also ends
/// what its children started — a cell's own subprocess, swiftc's swift-frontend — and a build stopped that way leaves
/// the previous site whole. End to end on the built binary, in temporary folders.
@Suite(.serialized) struct ProcessTreeLifetimeTests {
    /// A cell whose scenario starts a grandchild of docgen (`sleep 300`, never waited for), then blocks.
    static let spawningPages = [
        "spawns.md": "# Spawns\n\n## Spawns\n\n<!-- docgen: timeout=60 -->\n```python\nimport signal, subprocess\n"
            + "subprocess.Popen([\"sleep\", \"300\"])\nsignal.pause()\n```\n",
        "spawns/spawns.swift": """
            import Glibc

            var pid: pid_t = 0
            var argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sleep"), strdup("300"), nil]
            _ = posix_spawn(&pid, "/bin/sleep", nil, nil, &argv, environ)
            while true { pause() }

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
        try #require(built.status == 0, "the first build failed: \(built.stderr)")
        return (folder, try #require(BadInputSupport.files(in: folder + "/site")))
    }

    /// `docgen build` of the spawning content into the project's site, with scenarios compiled into `compileCache`.
    private func startBuild(in folder: String, compileCache: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DocgenBinary.path)
        process.arguments = [
            "build", "--content", folder + "/content", "--out", folder + "/site", "--cache", folder + "/cache",
            "--jobs", "1",
        ]
        var environment = ProcessInfo.processInfo.environment
        environment["DOCGEN_COMPILE_CACHE"] = compileCache
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// The descendants of `pid` once one of them runs `command` (waiting up to 120 s; empty if none ever did).
    private func descendants(of pid: pid_t, onceOneRuns command: String) -> [pid_t] {
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline {
            let found = ServeEndToEndTests.descendants(of: pid)
            if found.contains(where: { Self.command(of: $0) == command }) { return found }
            usleep(20_000)
        }
        return []
    }

    private static func command(of pid: pid_t) -> String? {
        (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.trimmingCharacters(in: .newlines)
    }

    /// Waits up to `seconds` for every pid to be gone; the survivors (with their commands) otherwise.
    private func survivors(_ pids: [pid_t], within seconds: Double) -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline, pids.contains(where: ServeEndToEndTests.isAlive) { usleep(20_000) }
        return pids.filter(ServeEndToEndTests.isAlive).map { "\($0) (\(Self.command(of: $0) ?? "?"))" }
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalToDocgenAloneEndsTheProcessesItsCellsStarted(_ signal: Int32) throws {
        let (folder, before) = try projectWithASite()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let build = try startBuild(in: folder, compileCache: DocgenBinary.compileCache)
        let tree = descendants(of: build.processIdentifier, onceOneRuns: "sleep")
        try #require(!tree.isEmpty, "the cell never started its subprocess")
        kill(build.processIdentifier, signal)
        build.waitUntilExit()
        #expect(build.terminationReason == .uncaughtSignal && build.terminationStatus == signal)
        #expect(survivors(tree, within: 2) == [], "outlived docgen build")
        #expect(BadInputSupport.files(in: folder + "/site") == before, "the previous site changed")
    }

    @Test func aSignalToDocgenAloneEndsSwiftcsFrontend() throws {
        let (folder, before) = try projectWithASite()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // A compile cache of its own, so swiftc runs.
        let build = try startBuild(in: folder, compileCache: folder + "/compiled")
        let tree = descendants(of: build.processIdentifier, onceOneRuns: "swift-frontend")
        try #require(!tree.isEmpty, "swiftc's frontend never ran")
        kill(build.processIdentifier, SIGTERM)
        build.waitUntilExit()
        #expect(build.terminationReason == .uncaughtSignal && build.terminationStatus == SIGTERM)
        #expect(survivors(tree, within: 2) == [], "outlived docgen build")
        #expect(BadInputSupport.files(in: folder + "/site") == before, "the previous site changed")
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func aSignalToDocgenServeEndsTheProcessesItsCellsStarted(_ signal: Int32) throws {
        let serve = try ServeProcess(pages: Self.spawningPages, waitForFirstBuild: false)
        let tree = descendants(of: serve.process.processIdentifier, onceOneRuns: "sleep")
        try #require(!tree.isEmpty, "the cell never started its subprocess")
        #expect(serve.stop(signal, timeout: 5) == 0)
        #expect(survivors(tree, within: 2) == [], "outlived docgen serve")
    }
}
