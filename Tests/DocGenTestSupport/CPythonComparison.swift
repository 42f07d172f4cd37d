@testable import DocGenModel
@_spi(Harness) @testable import DocGenVerify
import Testing
@_spi(Harness) import Threading

/// Runs `python` with python3 and `swift` on the simulated runtime, and expects the Swift output to be the one CPython
/// printed (compared as the fidelity check does, in `mode`). CPython runs again, up to `attempts` times in all, while
/// its output differs: one run stalled for a fraction of a second by a loaded machine hands work to other threads
/// than it ever does on a quiet one (a pool's worker taking two tasks because the next worker started late).
package func expectSameOutputAsCPython(
    python: String, mode: FidelityMode = .exact, attempts: Int = 3, _ swift: @escaping @Sendable () throws -> Void,
    sourceLocation: SourceLocation = #_sourceLocation
) async throws {
    let runner = try PythonCellRunner()
    defer { runner.removeFiles() }
    let normaliser = try FidelityNormaliser()
    let ours = normaliser.normalise(runProgram(RunOptions(), main: swift).fidelityLines)
    var tried: [String] = []
    for attempt in 1...max(1, attempts) {
        let cpython = normaliser.normalise(try await runner.run(cell: "tests/cpython-comparison", source: python))
        let verdict = FidelityVerdict.compare(python: [cpython], swift: ours, mode: mode)
        if verdict.passed { return }
        tried.append("CPython run \(attempt): \(verdict.difference)\nCPython: \(cpython.map(\.display))")
    }
    Issue.record(
        "\(tried.joined(separator: "\n"))\nSwift: \(ours.map(\.display))", sourceLocation: sourceLocation)
}
