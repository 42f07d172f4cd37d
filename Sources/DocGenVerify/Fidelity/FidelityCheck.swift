import DocGenModel
@_spi(Harness) import Threading

/// Checks cells against CPython: runs each cell's Python once with python3 and its Swift scenario once, normalises
/// both, and requires (1) that the Swift output the page shows is one CPython printed — the committed recording's
/// outputs plus the fresh one — and (2) for a cell whose exhaustive search is complete, that every output of the
/// committed recording is in the search's outcome set. Outputs that differ only in how CPython interleaved the threads then need
/// no option: each is one the outcome set must contain.
package struct FidelityCheck: Sendable {
    /// Runs a cell's Swift scenario; a failure is one line saying why.
    package typealias SwiftRunner = @Sendable (FidelityCell) async -> Result<RunResult, FidelityRunFailure>
    /// The exploration of a cell's scenario, when it has one.
    package typealias Outcomes = @Sendable (FidelityCell) -> Exploration?

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
        _ cells: [FidelityCell], swift: @escaping SwiftRunner, outcomes: @escaping Outcomes = { _ in nil },
        progress: @escaping @Sendable (FidelityCellReport) -> Void = { _ in }
    ) async -> [FidelityCellReport] {
        await ParallelMap.map(cells, jobs: jobs) { cell in
            let report = await check(cell, swift: swift, outcomes: outcomes)
            progress(report)
            return report
        }
    }

    func check(_ cell: FidelityCell, swift: SwiftRunner, outcomes: Outcomes = { _ in nil }) async -> FidelityCellReport
    {
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
        // The second rule holds the committed recording (made once, on a quiet machine, and reviewed), not the
        // fresh run: a run slowed by load may print what only other timings give (a timer firing late), which the
        // simulated clock never does, and the check must not fail by the machine's load.
        if let exploration = outcomes(cell), exploration.isComplete, !cell.hangs {
            problems += Self.outsideOutcomes(outputs, exploration: exploration, cell: cell, normaliser: normaliser)
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

extension FidelityCheck {
    /// The second rule: CPython's `outputs` that a complete exploration's outcome set lacks, compared on the lines'
    /// streams and texts as the model check compares them (`FidelityComparisonKey.outcome`), as problems — one line
    /// saying how many, then the first of them, then a `mask=` that would make them all fit when one does (checked).
    static func outsideOutcomes(
        _ outputs: [[FidelityLine]], exploration: Exploration, cell: FidelityCell, normaliser: FidelityNormaliser
    ) -> [String] {
        let possible = exploration.groups.map { group in
            normaliser.normalise(
                RunResult(events: group.events, outcome: group.outcome, schedule: group.schedule).fidelityLines)
        }
        let key = FidelityComparisonKey(mode: cell.mode)
        let possibleKeys = possible.map(key.outcome)
        let outside = outputs.filter { !possibleKeys.contains(key.outcome($0)) }
        guard let first = outside.first else { return [] }
        var problems = [
            "CPython printed \(outside.count) output(s) outside the cell's \(possible.count) possible outputs (its "
                + "search is complete: the scenario or the model differs from CPython); the first:"
        ]
        problems += first.map { "  " + $0.display }
        for candidate in possible {
            for mask in MaskCandidates.between(candidate, first) {
                guard let extra = try? FidelityNormaliser(masks: [mask]) else { continue }
                let maskedPossible = possible.map { key.outcome($0.map(extra.normalise)) }
                if outputs.allSatisfy({ maskedPossible.contains(key.outcome($0.map(extra.normalise))) }) {
                    problems.append(
                        "mark the cell <!-- docgen: mask=\"\(mask)\" --> (then every CPython output is possible)")
                    return problems
                }
            }
        }
        return problems
    }
}

/// Why a Swift scenario produced no transcript.
package struct FidelityRunFailure: Error, Sendable, Equatable {
    package var reason: String

    package init(_ reason: String) { self.reason = reason }
}
