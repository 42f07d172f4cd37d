@testable import DocGenModel
@_spi(Harness) @testable import DocGenVerify
import Testing
@_spi(Harness) import Threading

/// Runs `python` with python3 and `swift` on the simulated runtime, and expects the Swift output to be the one CPython
/// printed (compared as the fidelity check does, in `mode`).
package func expectSameOutputAsCPython(
    python: String, mode: FidelityMode = .exact, _ swift: @escaping @Sendable () throws -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let runner = try PythonCellRunner()
    defer { runner.removeFiles() }
    let normaliser = try FidelityNormaliser()
    let cpython = normaliser.normalise(try await runner.run(cell: "tests/cpython-comparison", source: python))
    let ours = normaliser.normalise(runProgram(RunOptions(), main: swift).fidelityLines)
    let verdict = FidelityVerdict.compare(python: [cpython], swift: ours, mode: mode)
    #expect(
        verdict.passed, "\(verdict.difference)\nCPython: \(cpython.map(\.display))\nSwift: \(ours.map(\.display))",
        sourceLocation: sourceLocation)
}
