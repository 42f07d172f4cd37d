@testable import DocGenExplore
@testable import DocGenModel
@testable import DocGenParse
@testable import DocGenRun
@testable import DocGenScaffold
@testable import DocGenServe
@testable import DocGenSite
@testable import DocGenVerify
import Foundation
import Testing

@testable import DocGen
import DocGenTestSupport

/// The caches never lie: keys cover what decides an entry (SHA-256 of the generated source, which names the scenario's
/// file and line), a compiler that was killed is not remembered as a compile error, a damaged library is compiled
/// again and said once, concurrent builds sharing a cache do not break each other's compiles, a cache that cannot be
/// written is one error line, and `cache=off` opts a cell out. End to end on the built binary, each project with a
/// compile cache of its own (`DOCGEN_COMPILE_CACHE` unset) so that damaging it touches no other test.
@Suite(.serialized) struct CacheIntegrityEndToEndTests {
    let project: String

    init() throws {
        project = try TestSupport.temporaryFolder("cache-integrity")
    }

    func docgen(_ arguments: [String], environment: [String: String] = [:]) throws -> DocgenBinary.Output {
        var environment = environment
        environment["DOCGEN_COMPILE_CACHE"] = environment["DOCGEN_COMPILE_CACHE"] ?? ""
        return try DocgenBinary.run(arguments, environment: environment, in: project)
    }

    /// A page whose one cell prints the line it is on (`#line`, which the scenario's `#sourceLocation` maps to the
    /// page) and `marker`, unique per test so that no cache outside the project has it.
    func writeLinePage(prose: String = "", marker: String) throws {
        try TestSupport.write(
            """
            # Page
            \(prose)
            ## Line

            ```python
            print("line")
            ```

            ```swift
            print("line \\(#line) \(marker)")
            ```
            """, to: project + "/content/page.md")
    }

    @Test func theResultKeyCoversTheInlineScenariosLine() throws {
        let marker = UUID().uuidString
        try writeLinePage(marker: marker)
        let first = try docgen(["build"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(try TestSupport.read(project + "/site/page.html").contains("line 10 \(marker)"))
        try writeLinePage(prose: "\nMore words.\n\nAnd more.\n", marker: marker)
        let second = try docgen(["build"])
        #expect(second.status == 0 && second.stderr.contains("1 executed"), "\(second.stderr)")
        let page = try TestSupport.read(project + "/site/page.html")
        #expect(page.contains("line 14 \(marker)") && !page.contains("line 10 \(marker)"))
    }

    @Test func keysAreSHA256OfTheGeneratedSourceWithItsPathAndLine() throws {
        let compiler = ScenarioCompiler(
            toolkit: RuntimeToolkit(moduleFolder: "/m", moduleMap: "/m/map", identity: "t"), swiftc: nil,
            cacheDirectory: "/c")
        let here = ScenarioSource(text: "print(1)", path: "content/a.md", firstLine: 3, inline: true)
        var lower = here
        lower.firstLine = 4
        var elsewhere = here
        elsewhere.path = "content/b.md"
        let keys = [here, lower, elsewhere].map(compiler.key(for:))
        #expect(Set(keys).count == 3)
        #expect(keys.allSatisfy { $0.count == 64 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func aKilledCompilerIsNotCachedAsACompileError() throws {
        let marker = UUID().uuidString
        try writeLinePage(marker: marker)
        // A swiftc that is killed by SIGKILL once (as by the OOM killer) as it compiles, then is the real one (the
        // module cache's warm-up, which only type-checks, runs as it is).
        let tools = project + "/tools"
        let real = try #require(SwiftToolchainForTests.swiftc)
        try TestSupport.write("", to: tools + "/fail-once")
        try TestSupport.writeExecutable(
            """
            #!/bin/sh
            case " $* " in *" -typecheck "*) exec "\(real)" "$@";; esac
            if [ -e "\(tools)/fail-once" ]; then rm "\(tools)/fail-once"; kill -9 $$; fi
            exec "\(real)" "$@"
            """, to: tools + "/swiftc")
        let path = tools + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
        let killed = try docgen(["build"], environment: ["PATH": path])
        #expect(killed.status == 1 && killed.stderr.contains("killed by signal 9"), "\(killed.stderr)")
        let next = try docgen(["build"], environment: ["PATH": path])
        #expect(next.status == 0, "the killed compile was cached: \(next.stderr)")
    }

    @Test func aDamagedLibraryIsCompiledAgainAndSaidOnce() throws {
        try writeLinePage(marker: UUID().uuidString)
        #expect(try docgen(["build", "--record"]).status == 0)
        let compiled = project + "/.docgen-cache/compiled"
        let libraries = try FileManager.default.contentsOfDirectory(atPath: compiled).filter { $0.hasPrefix("lib-") }
        #expect(libraries.count == 1)
        truncate(compiled + "/" + libraries[0], 1000)
        let repaired = try docgen(["check"])
        #expect(repaired.status == 0, "\(repaired.stderr)")
        #expect(repaired.stderr.components(separatedBy: "was damaged").count == 2, "\(repaired.stderr)")
        let again = try docgen(["check"])
        #expect(again.status == 0 && !again.stderr.contains("damaged"), "\(again.stderr)")
    }

    /// Three builds started at once with one cache: none breaks another's compile, and the scenario is compiled
    /// once — the others wait for its lock and read the entry (each build's summary counts what it compiled).
    @Test func concurrentBuildsSharingACacheCompileEachScenarioOnce() async throws {
        try writeLinePage(marker: UUID().uuidString)
        let project = self.project
        let results = try await withThrowingTaskGroup(of: DocgenBinary.Output.self) { group in
            for index in 0..<3 {
                group.addTask {
                    try await OffPool.run {
                        try DocgenBinary.run(
                            ["build", "--out", "site-\(index)"], environment: ["DOCGEN_COMPILE_CACHE": ""],
                            in: project)
                    }
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        for result in results { #expect(result.status == 0, "\(result.stderr)") }
        let compiled = results.map { Self.count(" compiled", in: $0.stderr) }
        #expect(compiled.reduce(0, +) == 1, "compiled per build: \(compiled)")
        let libraries = try FileManager.default.contentsOfDirectory(atPath: project + "/.docgen-cache/compiled")
            .filter { $0.hasPrefix("lib-") }
        #expect(libraries.count == 1, "\(libraries)")
    }

    /// The number before `label` in a build's summary line (`built site: …, 1 compiled, …`).
    static func count(_ label: String, in stderr: String) -> Int {
        guard let line = stderr.split(separator: "\n").last(where: { $0.hasPrefix("built ") }),
            let range = line.range(of: label)
        else { return -1 }
        return Int(line[..<range.lowerBound].split(separator: " ").last ?? "") ?? -1
    }

    @Test(.enabled(if: getuid() == 0, "chattr +i needs root"))
    func aCacheThatCannotBeWrittenIsOneErrorLineNotACellFailure() throws {
        try writeLinePage(marker: UUID().uuidString)
        try FileManager.default.createDirectory(atPath: project + "/.docgen-cache", withIntermediateDirectories: true)
        let locked = Process()
        locked.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        locked.arguments = ["+i", project + "/.docgen-cache"]
        try locked.run()
        locked.waitUntilExit()
        try #require(locked.terminationStatus == 0, "chattr +i is not supported here")
        defer {
            let unlock = Process()
            unlock.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
            unlock.arguments = ["-i", project + "/.docgen-cache"]
            try? unlock.run()
            unlock.waitUntilExit()
        }
        let result = try docgen(["build"])
        #expect(result.status == 1)
        #expect(
            result.stderr == "error: cannot write the cache folder .docgen-cache (Operation not permitted); give "
                + "--cache a writable folder or make it writable\n")
    }

    @Test func aCellMarkedCacheOffRunsOnEveryBuild() throws {
        let marker = UUID().uuidString
        try TestSupport.write(
            """
            # Page

            ## Reads the environment

            <!-- docgen: cache=off -->
            ```python
            import os
            print(os.environ["DOCGEN_TEST_VALUE"])
            ```

            ```swift
            import Foundation
            print(ProcessInfo.processInfo.environment["DOCGEN_TEST_VALUE"] ?? "unset", "\(marker)")
            ```
            """, to: project + "/content/page.md")
        #expect(try docgen(["build"], environment: ["DOCGEN_TEST_VALUE": "first"]).status == 0)
        #expect(try TestSupport.read(project + "/site/page.html").contains("first \(marker)"))
        let second = try docgen(["build"], environment: ["DOCGEN_TEST_VALUE": "second"])
        #expect(second.status == 0 && second.stderr.contains("1 executed"), "\(second.stderr)")
        #expect(try TestSupport.read(project + "/site/page.html").contains("second \(marker)"))
    }
}

/// The real `swiftc` on PATH, for tests that put a stand-in before it.
enum SwiftToolchainForTests {
    static var swiftc: String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = String(folder) + "/swiftc"
            if FileManager.default.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }
}
