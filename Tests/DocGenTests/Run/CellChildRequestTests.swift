@testable import DocGenRun
import Testing

/// A build's cell processes read their arguments without ArgumentParser: `CellChildRequest` reads back exactly what
/// `ChildCommand` builds with a library, and nothing else (anything else goes through ArgumentParser, as before).
@Suite struct CellChildRequestTests {
    private let command = ChildCommand(executable: "/usr/bin/docgen")
    private let library = "/cache/compiled/" + String(repeating: "ab", count: 32) + ".so"

    @Test func everyShapeABuildStartsIsARequest() {
        let plain = CellJob(id: "page/cell", scenario: ScenarioSource(text: "", path: "cell.swift"))
        var seeded = plain
        seeded.seed = 42
        for job in [plain, seeded] {
            #expect(
                CellChildRequest(arguments: command.arguments(for: job, library: library))
                    == .run(id: job.id, seed: job.seed, library: library))
            #expect(
                CellChildRequest(arguments: command.exploreArguments(for: job, runs: 7, library: library))
                    == .explore(id: job.id, runs: 7, seed: job.seed, library: library))
            #expect(
                CellChildRequest(arguments: command.exhaustiveArguments(for: job, maxExecutions: 500, library: library))
                    == .exhaustive(id: job.id, maxExecutions: 500, show: 10, library: library))
        }
    }

    @Test func aRequestsArgumentsReadBackAsIt() {
        let requests: [CellChildRequest] = [
            .run(id: "a/b", seed: nil, library: library), .run(id: "a/b", seed: 3, library: library),
            .explore(id: "a/b", runs: 1, seed: nil, library: library),
            .explore(id: "a/b", runs: 1000, seed: 9, library: library),
            .exhaustive(id: "a/b", maxExecutions: 1, show: 0, library: library),
        ]
        for request in requests { #expect(CellChildRequest(arguments: request.arguments) == request) }
    }

    @Test(arguments: [
        ["run", "a/b", "--tagged"],  // no library: the child compiles the cell itself
        ["run", "a/b", "--library", "/l.so"],  // not tagged: prints the program's own output
        ["run", "a/b", "--tagged", "--library=/l.so"],
        ["run", "a/b", "--library", "/l.so", "--tagged"],
        ["run", "a/b", "--tagged", "--real", "--library", "/l.so"],
        ["run", "a/b", "--tagged", "--seed", "-1", "--library", "/l.so"],
        ["run", "a/b", "--tagged", "--seed", "x", "--library", "/l.so"],
        ["run", "a/b", "--tagged", "--schedule", "pct:3", "--library", "/l.so"],
        ["run", "-a/b", "--tagged", "--library", "/l.so"],  // ArgumentParser reads it as an option
        ["run", "a/b", "--tagged", "--library", "-l.so"],
        ["run", "a/b", "--tagged", "--library", ""],
        ["run", "a/b", "--tagged", "--help", "--library", "/l.so"],
        ["explore", "a/b", "--runs", "0", "--json", "--library", "/l.so"],
        ["explore", "a/b", "--runs", "5", "--library", "/l.so"],
        ["explore", "a/b", "--json", "--runs", "5", "--library", "/l.so"],
        [
            "explore", "a/b", "--exhaustive", "--max-executions", "0", "--max-seconds", "0", "--show", "10", "--json",
            "--library", "/l.so",
        ],
        [
            "explore", "a/b", "--exhaustive", "--max-executions", "9", "--max-seconds", "5", "--show", "10", "--json",
            "--library", "/l.so",
        ],
        [
            "explore", "a/b", "--exhaustive", "--max-executions", "9", "--max-seconds", "0", "--show", "-1", "--json",
            "--library", "/l.so",
        ],
        [
            "explore", "a/b", "--exhaustive", "--max-executions", "9", "--max-seconds", "0", "--show", "10",
            "--library", "/l.so",
        ],
        ["build", "a/b", "--library", "/l.so"], ["run"], [],
    ])
    func anythingElseIsLeftToArgumentParser(_ arguments: [String]) {
        #expect(CellChildRequest(arguments: arguments) == nil)
    }
}
