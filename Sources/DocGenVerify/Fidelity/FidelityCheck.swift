import DocGenModel
@_spi(Harness) import Threading

/// Checks cells against CPython: runs each cell's Python once with python3 and its Swift scenario once, normalises
/// both, and compares the Swift output with the committed recording's CPython outputs plus the fresh one.
package struct FidelityCheck: Sendable {
    /// Runs a cell's Swift scenario; a failure is one line saying why.
    package typealias SwiftRunner = @Sendable (FidelityCell) async -> Result<RunResult, FidelityRunFailure>

    package var python: PythonCellRunner
    /// The folder holding recordings (`Tests/Fidelity`).
    package var recordings: String
    /// How many Python processes run at once.
    package var jobs: Int

    package init(python: PythonCellRunner, recordings: String, jobs: Int = 8) {
        self.python = python
        self.recordings = recordings
        self.jobs = jobs
    }

    /// Checks every cell, reporting each through `progress` as it finishes; returns the reports in cell order.
    package func check(
        _ cells: [FidelityCell], swift: @escaping SwiftRunner,
        progress: @escaping @Sendable (FidelityCellReport) -> Void = { _ in }
    ) async -> [FidelityCellReport] {
        await ParallelMap.map(cells, jobs: jobs) { cell in
            let report = await check(cell, swift: swift)
            progress(report)
            return report
        }
    }

    func check(_ cell: FidelityCell, swift: SwiftRunner) async -> FidelityCellReport {
        var problems: [String] = []
        let normaliser: FidelityNormaliser
        do {
            normaliser = try FidelityNormaliser(masks: cell.masks)
        } catch {
            return FidelityCellReport(cell: cell.id, verdict: nil, problems: [error.description])
        }
        var outputs: [[FidelityLine]] = []
        do {
            if let recording = try CPythonRecording.load(cell: cell.id, root: recordings) {
                if recording.fingerprint == cell.fingerprint {
                    outputs = recording.outputs
                } else {
                    problems.append(
                        "the recording is stale (the cell or its options changed): run `docgen fidelity --record`")
                }
            } else {
                let path = CPythonRecording.path(for: cell.id, root: recordings)
                problems.append("no CPython recording at \(path): run `docgen fidelity --record`")
            }
        } catch {
            problems.append(error.description)
        }
        do {
            let live = normaliser.normalise(try await python.run(cell))
            if !outputs.contains(live) { outputs.append(live) }
        } catch {
            problems.append(error.description)
        }
        switch await swift(cell) {
        case .failure(let failure):
            problems.append("Swift scenario: \(failure.reason)")
            return FidelityCellReport(cell: cell.id, verdict: nil, problems: problems)
        case .success(let run):
            let deadlocked = if case .deadlock = run.outcome { true } else { false }
            let raised = if case .uncaughtError = run.outcome { true } else { false }
            if cell.hangs, !deadlocked {
                problems.append("Swift scenario ended with \(run.outcome), but the cell is marked expect=deadlock")
            } else if cell.raises, !raised {
                problems.append("Swift scenario ended with \(run.outcome), but the cell is marked expect=error")
            } else if !cell.hangs, !cell.raises, run.outcome != .completed {
                problems.append("Swift scenario ended with \(run.outcome)")
            }
            let lines = normaliser.normalise(run.fidelityLines)
            let verdict = FidelityVerdict.compare(python: outputs, swift: lines, mode: cell.mode)
            return FidelityCellReport(cell: cell.id, verdict: verdict, problems: problems)
        }
    }
}

/// Why a Swift scenario produced no transcript.
package struct FidelityRunFailure: Error, Sendable, Equatable {
    package var reason: String

    package init(_ reason: String) { self.reason = reason }
}
