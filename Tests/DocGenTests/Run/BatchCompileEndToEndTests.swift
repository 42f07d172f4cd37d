@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// The scenarios a build must compile go through one swiftc run per job, not one per cell: declarations of different
/// cells never clash, a cell that does not compile fails alone (its error naming its line, and cached), and a rebuild
/// compiles nothing. End to end on the built binary, with a swiftc wrapper that counts its runs.
@Suite(.serialized) struct BatchCompileEndToEndTests {
    let project: String
    let swiftcLog: String
    let path: String

    init() throws {
        project = try TestSupport.temporaryFolder("batch-compile")
        swiftcLog = project + "/swiftc-runs.log"
        let tools = project + "/tools"
        let real = try #require(SwiftToolchainForTests.swiftc)
        try TestSupport.writeExecutable(
            """
            #!/bin/sh
            frontends=$("\(real)" "$@" -driver-print-jobs | grep -c -- '-frontend -c')
            echo "run $frontends" >> "\(swiftcLog)"
            exec "\(real)" "$@"
            """, to: tools + "/swiftc")
        path = tools + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
    }

    func docgen(_ arguments: [String]) throws -> DocgenBinary.Output {
        try DocgenBinary.run(arguments, environment: ["DOCGEN_COMPILE_CACHE": "", "PATH": path], in: project)
    }

    /// The swiftc runs that compiled since the last call.
    func swiftcRuns() -> Int {
        frontEndsPerRun().count
    }

    /// How many compiling front-end processes each swiftc run that compiled since the last call started
    /// (`-driver-print-jobs`); the module cache's warm-up (`-typecheck`, none) is left out.
    func frontEndsPerRun() -> [Int] {
        allRuns().filter { $0 > 0 }
    }

    /// How many compiling front-end processes each swiftc run since the last call started, warm-ups included (0).
    func allRuns() -> [Int] {
        defer { unlink(swiftcLog) }
        return ((try? TestSupport.read(swiftcLog)) ?? "").split(separator: "\n").map {
            Int($0.split(separator: " ").last ?? "") ?? -1
        }
    }

    /// A page of `count` cells, each declaring its own `Worker` class that prints the cell's number and `marker`
    /// (unique per test, so no cache outside the project has them); the cell numbered `broken` does not compile.
    func writePage(count: Int, marker: String, broken: Int? = nil) throws {
        var page = "# Workers\n"
        for number in 1...count {
            let body = number == broken ? "let n: Int = \"not a number\"" : "print(\"worker \(number) \(marker)\")"
            page += """

                ## Cell \(number)

                ```python
                print("worker \(number)")
                ```

                ```swift
                final class Worker: threading.Thread, @unchecked Sendable {
                    override func run() throws {
                        \(body)
                    }
                }
                let worker = Worker()
                try worker.start()
                try worker.join()
                ```

                """
        }
        try TestSupport.write(page, to: project + "/content/workers.md")
    }

    @Test func cellsCompileTogetherInOneSwiftcRunPerJob() throws {
        let marker = UUID().uuidString
        try writePage(count: 4, marker: marker)
        let built = try docgen(["build", "--jobs", "1"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr.contains("4 executed, 4 compiled"), "\(built.stderr)")
        #expect(swiftcRuns() == 1)
        let page = try TestSupport.read(project + "/site/workers.html")
        for number in 1...4 { #expect(page.contains("worker \(number) \(marker)")) }
        let two = try writePageAndBuildFresh(count: 4, jobs: 2)
        #expect(two.status == 0, "\(two.stderr)")
        #expect(swiftcRuns() == 2)
    }

    /// A build into a cache folder that never compiled builds swiftc's module cache (the clang modules every scenario
    /// imports) by one type-checking run while its cells are translated, so the compiles find it built; a build
    /// into that cache folder afterwards does not.
    @Test func aFreshCacheFolderGetsItsModuleCacheBuiltOnce() throws {
        try writePage(count: 2, marker: UUID().uuidString)
        let built = try docgen(["build", "--jobs", "1"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(allRuns().sorted() == [0, 1])
        let cache = project + "/.docgen-cache/compiled"
        let folders = try FileManager.default.contentsOfDirectory(atPath: cache).filter {
            $0.hasPrefix("module-cache-")
        }
        #expect(folders.count == 1)
        #expect(
            !(try FileManager.default.contentsOfDirectory(atPath: cache)).contains { $0.hasPrefix("warm-up.") }
        )
        let again = try writePageAndBuildFresh(count: 2, jobs: 1)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(allRuns() == [1])
    }

    /// A run of many scenarios starts one compiler front-end, not one per scenario (each of which would parse every
    /// file of the run and load Threading's module again).
    @Test func scenariosCompiledTogetherShareOneFrontEnd() throws {
        try writePage(count: 6, marker: UUID().uuidString)
        let built = try docgen(["build", "--jobs", "1"])
        #expect(built.status == 0, "\(built.stderr)")
        #expect(frontEndsPerRun() == [1])
    }

    /// The same page under a new marker (so nothing is cached), built with `jobs`.
    private func writePageAndBuildFresh(count: Int, jobs: Int) throws -> DocgenBinary.Output {
        try writePage(count: count, marker: UUID().uuidString)
        return try docgen(["build", "--jobs", String(jobs)])
    }

    @Test func aCellThatDoesNotCompileFailsAloneAndIsNotCompiledAgain() throws {
        let marker = UUID().uuidString
        try writePage(count: 3, marker: marker, broken: 2)
        let built = try docgen(["build", "--jobs", "1", "--allow-errors"])
        #expect(built.status == 0, "\(built.stderr)")
        // One run for the three together, one for the cell its error named, alone, one for the other two together.
        #expect(swiftcRuns() == 3)
        let page = try TestSupport.read(project + "/site/workers.html")
        #expect(page.contains("worker 1 \(marker)") && page.contains("worker 3 \(marker)"))
        #expect(page.contains("content/workers.md:"), "the error names the page's line")
        #expect(page.contains("cannot convert value of type"))
        let again = try docgen(["build", "--jobs", "1", "--allow-errors"])
        #expect(again.status == 0 && again.stderr.contains("0 compiled"), "\(again.stderr)")
        #expect(swiftcRuns() == 0)
    }
}
