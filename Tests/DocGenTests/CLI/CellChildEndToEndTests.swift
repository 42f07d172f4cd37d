import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// A cell's process started by a build (`docgen run ID --tagged --library L`, `docgen explore ID … --json --library
/// L`) reads its arguments without ArgumentParser (`CellChildRequest`): it prints, byte for byte, what the same command
/// read by ArgumentParser prints (`--library=L`, a spelling only ArgumentParser reads), and ends the same way. End to
/// end on the built binary, with the scenarios a build of two fixtures compiled.
@Suite struct CellChildEndToEndTests {
    /// The compiled scenarios (`<key>.so` entries) of a build of `fixture` into a fresh cache.
    private func compiledScenarios(of fixture: String) throws -> [String] {
        let folder = try TestSupport.temporaryFolder("cell-child-" + fixture)
        let built = try DocgenBinary.run(
            [
                "build", "--content", TestSupport.fixture(fixture), "--cache", folder + "/cache", "--out",
                folder + "/site",
            ], environment: ["DOCGEN_COMPILE_CACHE": ""])
        #expect(built.status == 0, "stderr: \(built.stderr)")
        let compiled = folder + "/cache/compiled"
        let names = try FileManager.default.contentsOfDirectory(atPath: compiled)
        return names.filter { $0.hasSuffix(".so") && !$0.hasPrefix("lib-") }.sorted().map { compiled + "/" + $0 }
    }

    /// `request` as the build starts it, and as ArgumentParser alone reads it: the same output and status.
    private func expectSameAsArgumentParser(_ request: CellChildRequest) throws {
        let arguments = request.arguments
        var spelled = Array(arguments.dropLast(2))
        spelled.append("--library=" + arguments.last!)
        #expect(CellChildRequest(arguments: spelled) == nil)
        let fast = try DocgenBinary.run(arguments)
        let parsed = try DocgenBinary.run(spelled)
        #expect(fast.stdout == parsed.stdout, "\(arguments)")
        #expect(fast.stderr == parsed.stderr, "\(arguments)")
        #expect(fast.status == parsed.status, "\(arguments)")
    }

    @Test func aCellsProcessPrintsWhatTheParsedCommandPrints() throws {
        let libraries = try compiledScenarios(of: "basic") + compiledScenarios(of: "explore")
        #expect(libraries.count >= 2)
        for library in libraries {
            for request: CellChildRequest in [
                .run(id: "page/cell", seed: nil, library: library), .run(id: "page/cell", seed: 5, library: library),
                .explore(id: "page/cell", runs: 20, seed: nil, library: library),
                .explore(id: "page/cell", runs: 20, seed: 3, library: library),
                .exhaustive(id: "page/cell", maxExecutions: 1_000, show: 10, library: library),
            ] {
                try expectSameAsArgumentParser(request)
            }
        }
    }

    @Test func aLibraryThatIsNoCompiledScenarioIsTheSameError() throws {
        let missing = "/nonexistent/" + String(repeating: "0", count: 64) + ".so"
        for request: CellChildRequest in [
            .run(id: "page/cell", seed: nil, library: missing),
            .run(id: "page/cell", seed: nil, library: "/etc/passwd"),
            .exhaustive(id: "page/cell", maxExecutions: 10, show: 10, library: missing),
        ] {
            try expectSameAsArgumentParser(request)
            let output = try DocgenBinary.run(request.arguments)
            #expect(output.status == 1)
            #expect(output.stderr.hasPrefix("error: "))
        }
    }
}
