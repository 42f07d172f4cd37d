@testable import DocGenModel
@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing
@_spi(Harness) import Threading

@Suite struct ExecuteTests {
    /// What `docgen explore --json` prints for 5 runs with two distinct outputs.
    static var explorationJSON: String {
        let group = { (output: String, count: Int, first: Int) in
            OutputGroup(
                output: output, outcome: .completed, count: count, schedule: "r\(first)", firstRun: first,
                events: [])
        }
        let exploration = Exploration(runs: 5, seed: 0, groups: [group("a\n", 3, 0), group("b\n", 2, 1)])
        return String(decoding: try! exploration.json(), as: UTF8.self)
    }

    static let scenario = ScenarioSource(text: "print(1)\n", path: "content/p/c.swift")

    static let transcript =
        "# docgen transcript 1\n# schedule: default\n0.000 T0 [MainThread] stdout: hi\n= completed\n"

    /// A child that runs `script` with `sh -c`; the cell id arrives as `$1`. The timeout is far away unless a test is
    /// about it: under `make test`'s load (hundreds of tests in parallel on 2 cores, some of them blocking cooperative
    /// threads) the run's async steps can wait for over 30 s, and a trivial child then "timed out" (5 tests in 1 of 3
    /// full runs on a loaded machine).
    func settings(_ script: String, timeout: Double = 600, limit: Int = 1 << 20, cache: String? = nil)
        -> ExecutionSettings
    {
        ExecutionSettings(
            command: ChildCommand(executable: "/bin/sh", prefix: ["-c", script, "sh"]),
            timeout: timeout, outputLimit: limit, jobs: 2, cacheDirectory: cache)
    }

    func run(_ script: String, timeout: Double = 600, limit: Int = 1 << 20) async -> CellExecution {
        let executor = CellExecutor(settings: settings(script, timeout: timeout, limit: limit))
        return await executor.execute([CellJob(id: "p/c", scenario: Self.scenario)])[0]
    }

    @Test func aTranscriptOnStdoutIsDecoded() async {
        let execution = await run("printf '\(Self.transcript.replacingOccurrences(of: "\n", with: "\\n"))'")
        #expect(
            execution.run
                == .finished(
                    RunResult(
                        events: [
                            TraceEvent(
                                time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "hi\n"))
                        ],
                        outcome: .completed, schedule: "default")))
    }

    @Test func theChildGetsTheCellIDAndTaggedFlag() async {
        let execution = await run("echo \"$1 $2 $3\" >&2; exit 4")
        #expect(execution.run == .failed(.exited(status: 4, detail: "run p/c --tagged")))
    }

    @Test func aSignalIsACrashWithTheLastStderrLine() async {
        let execution = await run("echo 'Fatal error: boom' >&2; kill -SEGV $$")
        #expect(execution.run == .failed(.crashed(signal: 11, detail: "Fatal error: boom")))
        #expect(execution.run.failureKind == .crash)
    }

    @Test func aChildThatNeverEndsIsKilledAtTheTimeout() async throws {
        let folder = try TestSupport.temporaryFolder()
        let execution = await run("echo $$ > \(folder)/pid; exec sleep 60", timeout: 0.5)
        #expect(execution.run == .failed(.timedOut(seconds: 0.5)))
        let pid = try #require(Int32(TestSupport.read(folder + "/pid").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(kill(pid, 0) == -1, "the timed-out child must be gone")
    }

    @Test func tooMuchOutputIsAnError() async {
        let execution = await run("head -c 3000000 /dev/zero", limit: 1 << 20)
        #expect(execution.run == .failed(.outputTooLarge(limit: 1 << 20)))
    }

    @Test func invalidUTF8IsDecodedLossilyAndReported() async {
        let execution = await run("printf 'ok\\377\\n'")
        #expect(execution.run == .failed(.untaggedOutput(byteCount: 4, preview: "ok\u{FFFD}\\n")))
        #expect(execution.warnings == ["stdout was not valid UTF-8; invalid bytes shown as U+FFFD"])
    }

    @Test func bytesWrittenBeforeTheTranscriptAreUntaggedOutput() async {
        let execution = await run("printf 'raw\\n\(Self.transcript.replacingOccurrences(of: "\n", with: "\\n"))'")
        #expect(execution.run == .failed(.untaggedOutput(byteCount: 4, preview: "raw\\n")))
        #expect(execution.warnings.isEmpty)
    }

    @Test func aCellWithExploreAlsoGetsItsExploration() async throws {
        let folder = try TestSupport.temporaryFolder()
        try TestSupport.write(Self.explorationJSON, to: folder + "/exploration.json")
        let script =
            "case $1 in run) printf '\(Self.transcript.replacingOccurrences(of: "\n", with: "\\n"))';; "
            + "explore) [ \"$4 $5\" = '5 --json' ] && cat \(folder)/exploration.json;; esac"
        let executor = CellExecutor(settings: settings(script))
        let execution = await executor.execute([CellJob(id: "p/c", scenario: Self.scenario, explore: 5)])[0]
        #expect(execution.run.result != nil)
        #expect(execution.exploration?.runs == 5)
        #expect(execution.exploration?.groups.map(\.count) == [3, 2])
        #expect(execution.warnings.isEmpty)
    }

    @Test func aCellOfFewThreadsIsSearchedExhaustivelyWithinTheBudget() async throws {
        let folder = try TestSupport.temporaryFolder()
        let exhaustive = Exploration(
            runs: 3, seed: 0,
            groups: [
                OutputGroup(output: "hi\n", outcome: .completed, count: 3, schedule: "c", firstRun: 0, events: [])
            ],
            search: SearchExtent(complete: true, preemptionBound: nil, boundHit: false, budget: nil, diverged: false))
        try TestSupport.write(String(decoding: try exhaustive.json(), as: UTF8.self), to: folder + "/exhaustive.json")
        let script =
            "echo \"$*\" >> \(folder)/calls; case $1 in run) printf '"
            + Self.transcript.replacingOccurrences(of: "\n", with: "\\n") + "';; "
            + "explore) [ \"$3 $4 $5 $6 $7 $8 $9 ${10}\" = '--exhaustive --max-executions 7 --max-seconds 0 --show 10 "
            + "--json' ] && "
            + "cat \(folder)/exhaustive.json;; esac"
        var settings = settings(script, cache: folder + "/cache")
        settings.exhaustiveBudget = 7
        let executor = CellExecutor(settings: settings)
        let job = CellJob(id: "p/c", scenario: Self.scenario)
        let execution = await executor.execute([job])[0]
        #expect(execution.warnings.isEmpty)
        #expect(execution.exploration == exhaustive)
        let again = await executor.execute([job])[0]
        #expect(again.cached && again.exploration == exhaustive, "the search is cached with the transcript")
        let unexplored = CellJob(id: "p/c", scenario: Self.scenario, explore: ExploreOption.none)
        let none = await executor.execute([unexplored])[0]
        #expect(none.exploration == nil)
        #expect(
            try TestSupport.read(folder + "/calls").split(separator: "\n").map { $0.split(separator: " ")[0] }
                == ["run", "explore"])
    }

    @Test func theThreadCountDecidesWhetherACellWithoutTheOptionIsSearched() {
        let job = CellJob(id: "p/c", scenario: Self.scenario)
        let run = { (threads: Int) in
            CellRun.finished(
                RunResult(
                    events: (0..<threads).map {
                        TraceEvent(time: 0, threadIndex: $0, threadName: "T\($0)", kind: .output(.stdout, "x\n"))
                    },
                    outcome: .completed, schedule: "default"))
        }
        #expect(job.exploration(after: run(4)) == .all)
        #expect(job.exploration(after: run(5)) == nil)
        #expect(job.exploration(after: .failed(.timedOut(seconds: 1))) == nil)
        var explicit = job
        explicit.explore = .all
        #expect(explicit.exploration(after: run(9)) == .all)
        explicit.explore = 20
        #expect(explicit.exploration(after: run(9)) == .schedules(20))
        explicit.explore = ExploreOption.none
        #expect(explicit.exploration(after: run(1)) == nil)
        #expect(job.withoutExploration.exploration(after: run(1)) == nil)
        let stepLimit = CellRun.finished(RunResult(events: [], outcome: .stepLimitExceeded("x"), schedule: "default"))
        #expect(job.exploration(after: stepLimit) == nil)
    }

    @Test func resultsComeBackInJobOrder() async {
        let executor = CellExecutor(settings: settings("case $2 in a) sleep 0.3;; esac; exit 0"))
        let jobs = ["a", "b", "c"].map { CellJob(id: $0, scenario: Self.scenario) }
        let executions = await executor.execute(jobs)
        #expect(executions.map(\.job.id) == ["a", "b", "c"])
        // Exit 0 with no transcript: the scenario ended the process itself.
        #expect(
            executions.allSatisfy {
                $0.run == .failed(.exited(status: 0, detail: "the scenario called exit() before it finished"))
            })
    }

    @Test func anUnchangedCellComesFromTheCacheAndAChangedOneRunsAgain() async throws {
        let folder = try TestSupport.temporaryFolder()
        let script =
            "echo run >> \(folder)/runs; printf '\(Self.transcript.replacingOccurrences(of: "\n", with: "\\n"))'"
        let executor = CellExecutor(settings: settings(script, cache: folder + "/cache"))
        // No exploration: the stand-in child only prints transcripts, and this counts the runs.
        var job = CellJob(
            id: "page/cell", scenario: ScenarioSource(text: "v1", path: "content/page/cell.swift"),
            explore: ExploreOption.none)

        let first = await executor.execute([job])[0]
        let second = await executor.execute([job])[0]
        #expect(!first.cached)
        #expect(second.cached)
        #expect(second.run == first.run)
        job.scenario.text = "v2"
        let third = await executor.execute([job])[0]
        #expect(!third.cached)
        job.seed = 4
        let fourth = await executor.execute([job])[0]
        #expect(!fourth.cached, "the cell's options are part of the key")
        #expect(try TestSupport.read(folder + "/runs") == "run\nrun\nrun\n")
    }

    /// Where the scenario lives is in the key: its generated source names the file and line (`#sourceLocation`),
    /// which a crash or `#line` prints.
    @Test func theCacheKeyIsTheGeneratedSourceWithItsFileAndLineTheOptionsAndTheRuntime() {
        let executor = CellExecutor(settings: settings("exit 0", cache: "/unused"))
        let job = CellJob(id: "page/cell", scenario: ScenarioSource(text: "print(1)", path: "content/page/cell.swift"))
        #expect(executor.cacheKey(of: job) == executor.cacheKey(of: job))
        var moved = job
        moved.scenario = ScenarioSource(text: "print(1)", path: "elsewhere/page.md", firstLine: 12, inline: true)
        #expect(executor.cacheKey(of: job) != executor.cacheKey(of: moved))
        var lower = moved
        lower.scenario.firstLine = 13
        #expect(executor.cacheKey(of: moved) != executor.cacheKey(of: lower))
        var retimed = job
        retimed.timeout = 3
        #expect(executor.cacheKey(of: job) != executor.cacheKey(of: retimed))
    }
}
