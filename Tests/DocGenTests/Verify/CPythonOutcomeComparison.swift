@testable import DocGenExplore
@testable import DocGenModel
import DocGenTestSupport
@_spi(Harness) @testable import DocGenVerify
import Testing
@_spi(Harness) import Threading

/// Runs `python` with python3 `runs` times and explores `swift`'s schedules on the simulated runtime (up to two
/// preemptions, 3,000 executions); expects every output CPython printed to be one the Swift program printed (the
/// fidelity check's outcome-set rule). For programs CPython prints in more than one way from run to run — which pool
/// thread takes which task — where one live run is not the output to expect.
func expectCPythonOutputsArePossible(
    python: String, runs: Int = 3, _ swift: @escaping @Sendable () throws -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let runner = try PythonCellRunner()
    defer { runner.removeFiles() }
    let normaliser = try FidelityNormaliser()
    var outputs: [[FidelityLine]] = []
    for _ in 0..<runs {
        outputs.append(normaliser.normalise(try await runner.run(cell: "tests/cpython-outcomes", source: python)))
    }
    // Bounded (the full search of a pool of three workers does not end in minutes): the outputs CPython printed
    // must be among those found.
    let exploration = ExhaustiveExplorer(maxExecutions: 3_000, maxSeconds: 60, preemptionBound: 2).explore(swift)
    let problems = FidelityCheck.outsideOutcomes(
        outputs, exploration: exploration, cell: FidelityCell(id: "tests/cpython-outcomes", source: python),
        normaliser: normaliser)
    #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))", sourceLocation: sourceLocation)
}
