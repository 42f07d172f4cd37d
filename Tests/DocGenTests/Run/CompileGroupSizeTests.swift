@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// A build with more scenarios to compile than one swiftc run takes (`maximumGroupSize`) compiles them in more runs,
/// at most `jobs` at once, so one compiler's memory and time stay bounded however large the project. With a swiftc
/// wrapper that logs how many runs are going on when each starts, and the real compiler and Threading toolkit.
@Suite(.serialized) struct CompileGroupSizeTests {
    let folder: String
    let compiler: ScenarioCompiler
    let runningLog: String

    init() throws {
        folder = try TestSupport.temporaryFolder("compile-group-size")
        runningLog = folder + "/running.log"
        let real = try #require(SwiftToolchainForTests.swiftc)
        try FileManager.default.createDirectory(atPath: folder + "/running", withIntermediateDirectories: true)
        try TestSupport.write(
            """
            #!/bin/sh
            mkdir "\(folder)/running/$$"
            ls "\(folder)/running" | wc -l >> "\(runningLog)"
            sleep 0.3
            "\(real)" "$@"
            status=$?
            rmdir "\(folder)/running/$$"
            exit $status
            """, to: folder + "/swiftc")
        chmod(folder + "/swiftc", 0o755)
        var compiler = try ScenarioCompiler.locate(executable: DocgenBinary.path, cacheDirectory: folder + "/cache")
        compiler.swiftc = folder + "/swiftc"
        self.compiler = compiler
    }

    /// How many swiftc runs were going on as each run started.
    func runningAtEachStart() throws -> [Int] {
        try TestSupport.read(runningLog).split(separator: "\n").compactMap {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func moreScenariosThanAGroupTakesCompileInMoreRunsAtMostJobsAtOnce() async throws {
        var compiler = compiler
        compiler.maximumGroupSize = 2
        let marker = UUID().uuidString
        let scenarios = (1...7).map { number in
            ScenarioSource(text: "print(\"\(number) \(marker)\")", path: "content/page/cell-\(number).swift")
        }
        let compilations = await compiler.compile(scenarios, jobs: 2)
        for compilation in compilations {
            guard case .success(let library) = compilation.library else {
                Issue.record("not compiled: \(compilation.library)")
                continue
            }
            #expect(FileManager.default.fileExists(atPath: library))
        }
        let running = try runningAtEachStart()
        #expect(running.count == 4, "7 scenarios in groups of at most 2: \(running)")
        #expect(running.allSatisfy { $0 <= 2 }, "more than 2 swiftc runs at once: \(running)")
        #expect(running.contains(2), "the 2 jobs never compiled at the same time: \(running)")
    }

    @Test func dealingKeepsEveryGroupWithinTheLimitAndUsesEveryJob() {
        let scenarios = (1...9).map { number in
            PendingScenario(
                scenario: ScenarioSource(text: "", path: "p\(number)"), source: String(repeating: "x", count: number),
                base: "b\(number)", indices: [number])
        }
        let four = ScenarioCompiler.deal(scenarios, into: 2, atMost: 3)
        #expect(four.count == 3 && four.allSatisfy { $0.count == 3 })
        #expect(Set(four.flatMap { $0.map(\.base) }) == Set(scenarios.map(\.base)))
        let jobs = ScenarioCompiler.deal(scenarios, into: 4, atMost: 250)
        #expect(jobs.count == 4 && jobs.allSatisfy { !$0.isEmpty })
        #expect(ScenarioCompiler.deal(Array(scenarios.prefix(2)), into: 4, atMost: 250).count == 2)
    }
}
