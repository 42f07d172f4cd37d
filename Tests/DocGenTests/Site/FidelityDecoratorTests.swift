@testable import DocGenModel
@testable import DocGenSite
import DocGenTestSupport
@testable import DocGenVerify
import Foundation
import Testing
@_spi(Harness) import Threading

@Suite("Fidelity badge and check")
struct FidelityDecoratorTests {
    private let source = "print('hi')\n"

    private func run(_ text: String, thread: String = "MainThread") -> RunResult {
        RunResult(
            events: [TraceEvent(time: 0, threadIndex: 0, threadName: thread, kind: .output(.stdout, text))],
            outcome: .completed, schedule: "")
    }

    private func view(_ result: RunResult, options: CellOptions = CellOptions()) -> CellView {
        CellView(
            cell: CodeCell(id: "cell", source: source, line: 1, options: options), scenarioID: "page/cell",
            swiftPath: "Cell.swift", swiftSource: "", run: .finished(result))
    }

    /// A recordings folder holding CPython's `lines` for `page/cell`, recorded for `source`.
    private func recordings(_ lines: [String], fingerprintOf recordedSource: String? = nil, hangs: Bool = false) throws
        -> String
    {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("fidelity-\(UUID().uuidString)").path
        let output = lines.map { FidelityLine(stream: .stdout, thread: "MainThread", text: $0) }
        let fingerprint = CPythonRecording.fingerprint(
            source: recordedSource ?? source, mode: .exact, masks: [], hangs: hangs)
        try CPythonRecording(
            cell: "page/cell", python: "3.11.7", fingerprint: fingerprint, mode: .exact,
            outputs: [output]
        ).write(root: root)
        return root
    }

    @Test func matchingOutputGetsAGoodBadge() throws {
        let decorator = FidelityDecorator(recordings: try recordings(["hi"]))
        let badge = try #require(decorator.decorate(view(run("hi\n"))).badges.first)
        #expect(badge.text == "matches CPython")
        #expect(badge.tone == .good)
        #expect(badge.detail?.hasPrefix("CPython 3.11.7, 1 runs, 1 distinct output(s); compared line for line") == true)
    }

    @Test func differentOutputGetsABadBadgeNamingTheLine() throws {
        let decorator = FidelityDecorator(recordings: try recordings(["hi"]))
        let badge = try #require(decorator.decorate(view(run("ho\n"))).badges.first)
        #expect(badge.text == "differs from CPython")
        #expect(badge.tone == .bad)
        #expect(badge.detail?.contains("Swift:   [MainThread] ho") == true)
    }

    @Test func staleOrMissingRecordingsAreSaidSo() throws {
        let stale = FidelityDecorator(recordings: try recordings(["hi"], fingerprintOf: "print('old')\n"))
        #expect(stale.decorate(view(run("hi\n"))).badges.first?.text == "CPython recording stale")
        let missing = FidelityDecorator(recordings: "/nonexistent-fidelity-folder")
        #expect(missing.decorate(view(run("hi\n"))).badges.first?.text == "not compared with CPython")
    }

    @Test func aDeadlockCellIsComparedWithTheRecordingMadeOfItsHang() throws {
        var deadlocked = run("hi\n")
        deadlocked.outcome = .deadlock(report: "MainThread waits on Lock#1 held by MainThread")
        let options = CellOptions(expect: .deadlock)
        let decorator = FidelityDecorator(recordings: try recordings(["hi"], hangs: true))
        #expect(decorator.decorate(view(deadlocked, options: options)).badges.first?.text == "matches CPython")
        let recordedAsFinishing = FidelityDecorator(recordings: try recordings(["hi"]))
        #expect(
            recordedAsFinishing.decorate(view(deadlocked, options: options)).badges.first?.text
                == "CPython recording stale")
    }

    @Test(.enabled(if: pythonIsInstalled())) func checkComparesSwiftWithFreshAndRecordedCPython() async throws {
        let check = FidelityCheck(python: try PythonCellRunner(), recordings: try recordings(["hi"]))
        let cell = FidelityCell(id: "page/cell", source: source)
        let good = await check.check([cell]) { _ in .success(run("hi\n")) }
        #expect(good.map(\.passed) == [true])
        let bad = await check.check([cell]) { _ in .success(run("hi\n", thread: "Thread-1")) }
        #expect(bad.map(\.passed) == [false])
        let failed = await check.check([cell]) { _ in .failure(FidelityRunFailure("crashed")) }
        #expect(failed.first?.problems == ["Swift scenario: crashed"])
        let changed = FidelityCell(id: "page/cell", source: "print('hi')  # edited\n")
        let stale = await check.check([changed]) { _ in .success(run("hi\n")) }
        #expect(stale.first?.problems.first?.hasPrefix("the recording is stale") == true)
    }
}
