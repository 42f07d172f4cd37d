@testable import DocGenExplore
@testable import DocGenModel
@testable import DocGenScaffold
import DocGenTestSupport
@testable import DocGenVerify
import Foundation
import Testing
@_spi(Harness) @_spi(Search) import Threading

/// The fidelity check's second rule: for a cell whose exhaustive search is complete, every output CPython printed
/// must be among its possible outputs — interleavings need no `per-thread`/`multiset`, and a missing one fails.
@Suite(.enabled(if: pythonIsInstalled())) struct FidelityOutcomeSetTests {
    private let root = FileManager.default.temporaryDirectory.appendingPathComponent("outcomes-\(UUID().uuidString)")
        .path

    private func outcomes(of program: @escaping @Sendable () throws -> Void) -> FidelityCheck.Outcomes {
        let exploration = ExhaustiveExplorer().explore(program)
        return { _ in exploration }
    }

    @Test func aCPythonOutputOutsideACompleteOutcomeSetFailsWithACheckedMask() async throws {
        let cell = FidelityCell(id: "page/value", source: "print('value', 17)\n")
        let python = try PythonCellRunner()
        defer { python.removeFiles() }
        _ = try await FidelityRecorder(python: python, recordings: root, runs: 2).record([cell])
        let check = FidelityCheck(python: python, recordings: root)
        let shown = runProgram(RunOptions()) { print("value", 17) }
        // The page's output is CPython's, but the (complete) search says only `value 3` is possible.
        let reports = await check.check(
            [cell], swift: { _ in .success(shown) }, outcomes: outcomes { print("value", 3) })
        let report = try #require(reports.first)
        #expect(report.verdict?.passed == true)
        #expect(!report.passed)
        #expect(report.text.hasPrefix("FAIL page/value  CPython printed 1 output(s) outside the cell's 1 possible"))
        #expect(report.text.contains("[MainThread] value 17"))
        #expect(report.text.contains(#"mark the cell <!-- docgen: mask="\d+" -->"#), "\(report.text)")
        // Inside the set, it passes.
        let inside = await check.check(
            [cell], swift: { _ in .success(shown) }, outcomes: outcomes { print("value", 17) })
        #expect(inside.first?.passed == true, "\(inside.map(\.text))")
    }

    @Test func interleavingsCPythonPrintsPassInExactModeWhenTheSetHasThem() async throws {
        // Two threads print two pieces each: whichever order CPython printed, the complete set contains it.
        let source = """
            import threading
            threads = [threading.Thread(target=print, args=(name, "done"), name=name) for name in ("a", "b")]
            for t in threads:
                t.start()
            for t in threads:
                t.join()

            """
        let cell = FidelityCell(id: "page/pieces", source: source)
        let python = try PythonCellRunner()
        defer { python.removeFiles() }
        _ = try await FidelityRecorder(python: python, recordings: root, runs: 4).record([cell])
        let program: @Sendable () throws -> Void = {
            let threads = ["a", "b"].map { name in
                Thread(name: name, target: { print(name, "done") })
            }
            for t in threads { try t.start() }
            for t in threads { try t.join() }
        }
        let check = FidelityCheck(python: python, recordings: root)
        let reports = await check.check(
            [cell], swift: { _ in .success(runProgram(RunOptions(), main: program)) }, outcomes: outcomes(of: program))
        #expect(reports.first?.passed == true, "\(reports.map(\.text))")
    }
}

/// The workflow `docgen init` writes checks the cells against CPython too.
@Suite struct CIWorkflowTests {
    @Test func theWorkflowRunsTheFidelityCheckWithPython() {
        let text = CIWorkflow.text(repository: "https://example.org/docgen.git")
        #expect(text.contains("apt-get install -y -qq git make python3"))
        #expect(text.contains("run: docgen fidelity\n"))
    }
}
