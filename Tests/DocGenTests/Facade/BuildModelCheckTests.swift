@testable import DocGen
@testable import DocGenExplore
@testable import DocGenModel
@testable import DocGenRun
import DocGenTestSupport
@testable import DocGenVerify
import Foundation
import Testing
@_spi(Harness) import Threading

/// The build checks the model of every cell it searched exhaustively against the cell's CPython recording.
@Suite struct BuildModelCheckTests {
    private let source = "print('a')\nprint('b')\n"

    /// Two threads printing `a` and `b`: two possible outputs.
    private let program: @Sendable () throws -> Void = {
        let f = def("f") { (tag: String) in print(tag) }
        try Thread(target: f, args: "a").start()
        try Thread(target: f, args: "b").start()
    }

    private var mapped: MappedCell {
        MappedCell(
            page: "page", cell: CodeCell(id: "cell", source: source, line: 4),
            scenario: ScenarioSource(text: "", path: "content/page/cell.swift"))
    }

    /// A plan of the one cell, on a page whose Markdown file is `content/page.md`.
    private var plan: Plan {
        Plan(
            documents: [Document(page: "page", sourcePath: "content/page.md", title: "Page", blocks: [], links: [])],
            cells: [mapped])
    }

    /// A recordings folder in which CPython printed each of `outputs` (lines `name text`) once.
    private func recordings(_ outputs: [[String]]) throws -> String {
        let root = try TestSupport.temporaryFolder("recordings")
        let fingerprint = FidelityCell(mapped).fingerprint
        try CPythonRecording(
            cell: "page/cell", python: "3.11.7", fingerprint: fingerprint, mode: .exact,
            outputs: outputs.map { lines in
                lines.map {
                    let parts = $0.split(separator: " ")
                    return FidelityLine(stream: .stdout, thread: "Thread-\(parts[0]) (f)", text: String(parts[1]))
                }
            }
        ).write(root: root)
        return root
    }

    private func execution(_ exploration: Exploration) -> CellExecution {
        CellExecution(
            job: CellJob(mapped), run: .finished(RunResult(events: [], outcome: .completed, schedule: "default")),
            exploration: exploration)
    }

    @Test func aCPythonOutputInsideTheSetPassesAndIsCounted() throws {
        let exploration = ExhaustiveExplorer().explore(program)
        let checking = ModelChecking(recordings: try recordings([["1 a", "2 b"]]))
        let checks = checking.checks([mapped], [execution(exploration)])
        let check = try #require(checks["page/cell"])
        #expect(check.seenByCPython == 1 && check.recordedRuns == 1)
        #expect(ModelChecking.failures([mapped], checks: checks, in: plan).isEmpty)
    }

    @Test func aCPythonOutputTheCompleteSearchCallsImpossibleFailsTheCell() throws {
        let exploration = ExhaustiveExplorer().explore(program)
        #expect(exploration.isComplete)
        let checking = ModelChecking(recordings: try recordings([["1 a", "2 b"], ["1 a", "1 a"]]))
        let checks = checking.checks([mapped], [execution(exploration)])
        let failed = ModelChecking.failures([mapped], checks: checks, in: plan)
        #expect(failed.count == 1)
        let description = try #require(failed.first?.description)
        #expect(description.hasPrefix("content/page.md:4: cell page/cell has a wrong model: CPython printed an output"))
        #expect(description.hasSuffix("`docgen model-check --cell page/cell` shows it"))
    }

    @Test func aBoundedSearchOrASampledOneFailsNothing() throws {
        let checking = ModelChecking(recordings: try recordings([["1 a", "1 a"]]))
        let bounded = ExhaustiveExplorer(maxExecutions: 1).explore(program)
        let checks = checking.checks([mapped], [execution(bounded)])
        #expect(checks["page/cell"]?.unexplained.count == 1)
        #expect(ModelChecking.failures([mapped], checks: checks, in: plan).isEmpty)
        let sampled = Explorer(runs: 5).explore(program)
        #expect(checking.checks([mapped], [execution(sampled)]).isEmpty)
    }

    @Test func noOrAStaleRecordingChecksNothing() throws {
        let exploration = ExhaustiveExplorer().explore(program)
        #expect(ModelChecking(recordings: "/nonexistent-recordings").checks([mapped], [execution(exploration)]).isEmpty)
        let root = try recordings([["1 a", "1 a"]])
        var edited = mapped
        edited.cell.source = "print('c')\n"
        let stale = CellExecution(
            job: CellJob(edited), run: .finished(RunResult(events: [], outcome: .completed, schedule: "default")),
            exploration: exploration)
        #expect(ModelChecking(recordings: root).checks([edited], [stale]).isEmpty)
    }

    /// A cell spliced from its kept rendering (`CellFragmentCache`) is not decoded, so not checked again: the failure
    /// kept with its rendering is reported as the check's own was, at the cell's line now.
    @Test func aFailureKeptWithASplicedCellIsReportedAsTheChecksOwn() throws {
        let exploration = ExhaustiveExplorer().explore(program)
        let checks = ModelChecking(recordings: try recordings([["1 a", "2 b"], ["1 a", "1 a"]]))
            .checks([mapped], [execution(exploration)])
        let reasons = ModelChecking.failureReasons(checks)
        let checked = ModelChecking.failures([mapped], checks: checks, in: plan)
        let kept = ModelChecking.failures([mapped], checks: [:], kept: reasons, in: plan)
        #expect(checked.count == 1)
        #expect(kept.map(\.description) == checked.map(\.description))
        #expect(ModelChecking.failures([mapped], checks: [:], kept: [:], in: plan).isEmpty)
    }
}
