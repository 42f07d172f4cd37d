import DocGenTestSupport
import Foundation
import Testing

/// No process a cell starts outlives the build: not one that calls `setsid` (out of the cell's process group), nor
/// one whose docgen was killed with SIGKILL; and processes a scenario starts begin with no signal blocked.
@Suite(.serialized) struct CellProcessCleanupTests {
    let project: String

    init() throws {
        project = try TestSupport.temporaryFolder("cleanup")
    }

    /// Writes a page whose one cell (explore=none and `options`) starts `setsid sleep <seconds>` (a session of its
    /// own), then runs the Swift statements `rest`.
    func writePage(seconds: Int, options: String = "", then rest: String) throws {
        try TestSupport.write(
            """
            # Page

            ## Cell

            <!-- docgen: explore=none\(options.isEmpty ? "" : " " + options) -->
            ```python
            print("started")
            ```

            ```swift
            import Foundation
            let escaper = Process()
            escaper.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
            escaper.arguments = ["sleep", "\(seconds)"]
            try escaper.run()
            \(rest)
            ```
            """, to: project + "/content/page.md")
    }

    /// Pids of processes running `sleep <seconds>`.
    static func sleepers(_ seconds: Int) -> [pid_t] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { name -> pid_t? in
            guard let pid = pid_t(name),
                let line = FileManager.default.contents(atPath: "/proc/\(name)/cmdline")
            else { return nil }
            let words = line.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            return words == ["sleep", String(seconds)] ? pid : nil
        }
    }

    func waitUntil(_ seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            usleep(50_000)
        }
        return condition()
    }

    @Test func aProcessThatCallsSetsidDoesNotOutliveTheBuildAndStartsWithNoSignalBlocked() throws {
        let seconds = 7000 + Int.random(in: 0..<999)
        // A second process reports the signal mask it started with.
        try writePage(
            seconds: seconds,
            then: """
                let masked = Process()
                masked.executableURL = URL(fileURLWithPath: "/bin/sh")
                masked.arguments = ["-c", "grep SigBlk /proc/self/status > \(project)/mask"]
                try masked.run()
                masked.waitUntilExit()
                print("started")
                """)
        let build = try DocgenBinary.run(["build"], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(waitUntil(2) { Self.sleepers(seconds).isEmpty }, "setsid sleep \(seconds) outlived the build")
        Self.sleepers(seconds).forEach { kill($0, SIGKILL) }
        let mask = try TestSupport.read(project + "/mask")
        #expect(mask.trimmingCharacters(in: .whitespacesAndNewlines) == "SigBlk:\t0000000000000000", "\(mask)")
    }

    @Test func afterKill9OfDocgenACellsChildDoesNotLiveOn() async throws {
        let seconds = 8000 + Int.random(in: 0..<999)
        // Real seconds: the cell is still running when docgen is killed.
        try writePage(seconds: seconds, then: "Foundation.sleep(8)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: DocgenBinary.path)
        process.arguments = ["build", "--timeout", "900"]
        process.currentDirectoryURL = URL(fileURLWithPath: project)
        process.standardError = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["DOCGEN_COMPILE_CACHE"] = DocgenBinary.compileCache
        process.environment = environment
        try process.run()
        let started = waitUntil(120) { !Self.sleepers(seconds).isEmpty }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try #require(started, "the cell never started its process")
        #expect(waitUntil(3) { Self.sleepers(seconds).isEmpty }, "the cell's setsid child outlived kill -9 of docgen")
        Self.sleepers(seconds).forEach { kill($0, SIGKILL) }
    }

    @Test func aCrashingCellsSetsidChildIsKilledToo() throws {
        let seconds = 9000 + Int.random(in: 0..<999)
        try writePage(seconds: seconds, options: "expect=crash", then: "usleep(200_000)\nfatalError(\"down\")")
        let build = try DocgenBinary.run(["build"], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(waitUntil(2) { Self.sleepers(seconds).isEmpty }, "a crashed cell's setsid child outlived the build")
        Self.sleepers(seconds).forEach { kill($0, SIGKILL) }
    }
}
