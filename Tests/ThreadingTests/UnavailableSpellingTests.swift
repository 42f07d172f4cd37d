import Foundation
import Testing

/// A port that writes a camelCase spelling Python never had must fail to compile with a message naming Python's
/// spelling. Each snippet is type-checked by `swiftc` against the Threading module this test was built with.
@Suite struct UnavailableSpellingTests {
    /// The build folder holding `Modules/Threading.swiftmodule` (the test binary sits inside it).
    private static var buildFolder: URL? {
        let binary = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        var folder = URL(fileURLWithPath: binary).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.path + "/Modules/Threading.swiftmodule") { return folder }
            folder.deleteLastPathComponent()
        }
        return nil
    }

    /// `swiftc -typecheck` of `source`; returns its diagnostics.
    private static func typecheck(_ source: String) throws -> (status: Int32, output: String) {
        let build = try #require(buildFolder, "no Modules/Threading.swiftmodule above the test binary")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spelling-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("port.swift")
        try Data(source.utf8).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "swiftc", "-typecheck", "-I", build.path + "/Modules",
            "-Xcc", "-fmodule-map-file=" + build.path + "/CThreadingShims.build/module.modulemap", file.path,
        ]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Each camelCase spelling and the Python spelling its error must name.
    static let renamed: [(code: String, old: String, new: String)] = [
        ("_ = mainThread()", "mainThread()", "main_thread()"),
        ("_ = threading.getIdent()", "getIdent()", "get_ident()"),
        ("_ = getNativeId()", "getNativeId()", "get_native_id()"),
        ("setTrace(nil)", "setTrace", "settrace(_:)"),
        ("setProfile(nil)", "setProfile", "setprofile(_:)"),
        ("_ = Thread().isAlive", "isAlive", "is_alive()"),
        ("_ = Thread().nativeId", "nativeId", "native_id"),
        ("_ = try Condition().waitFor { true }", "waitFor(timeout:_:)", "wait_for(timeout:_:)"),
        ("_ = try Barrier(2).nWaiting", "nWaiting", "n_waiting"),
        ("_ = RLock().recursionCount()", "recursionCount()", "_recursion_count()"),
        ("try Queue<Int>().taskDone()", "taskDone()", "task_done()"),
        ("try Queue<Int>().putNowait(1)", "putNowait", "put_nowait(_:)"),
        ("_ = try Queue<Int>().getNowait()", "getNowait()", "get_nowait()"),
        ("_ = time.perfCounter()", "perfCounter()", "perf_counter()"),
        ("_ = time.timeNs()", "timeNs()", "time_ns()"),
    ]

    @Test func pythonSpellingsTypecheck() throws {
        let result = try Self.typecheck(
            """
            import Threading
            let q = Queue<Int>()
            try q.put_nowait(1)
            _ = try q.get_nowait()
            try q.task_done()
            _ = main_thread().is_alive()
            _ = current_thread().native_id
            _ = threading.get_ident() + get_native_id()
            _ = try Condition().wait_for { true }
            _ = time.perf_counter()
            """)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func camelCaseSpellingsFailNamingThePythonOne() throws {
        let body = Self.renamed.map(\.code).joined(separator: "\n")
        let result = try Self.typecheck("import Threading\n" + body + "\n")
        #expect(result.status != 0)
        for (offset, spelling) in Self.renamed.enumerated() {
            let line = offset + 2
            let message = "port.swift:\(line):"
            let found = result.output.split(separator: "\n").contains {
                $0.contains(message) && $0.contains("error: '\(spelling.old)' has been renamed to '\(spelling.new)'")
            }
            #expect(found, "line \(line) `\(spelling.code)`: no \"renamed to '\(spelling.new)'\" error in\n\(result.output)")
        }
    }
}
