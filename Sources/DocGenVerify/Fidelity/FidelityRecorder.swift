import DocGenModel

/// Records CPython's output for cells: runs each cell's Python `runs` times with python3, normalises the outputs,
/// groups them into variants and writes one `CPythonRecording` per cell.
package struct FidelityRecorder: Sendable {
    package var python: PythonCellRunner
    package var recordings: String
    package var runs: Int
    package var jobs: Int

    package init(python: PythonCellRunner, recordings: String, runs: Int = 10, jobs: Int = 8) {
        self.python = python
        self.recordings = recordings
        self.runs = runs
        self.jobs = jobs
    }

    /// Records every cell; a report per cell says how many distinct outputs CPython gave. A cell marked `exact` that
    /// CPython printed differently across runs fails and is not written: the report shows two of the outputs as a
    /// diff and names the mode or mask that makes them agree.
    package func record(_ cells: [FidelityCell], progress: @escaping @Sendable (String) -> Void = { _ in }) async throws
        -> [FidelityCellReport]
    {
        let version = try await python.version()
        for path in AtomicFile.removeLeftovers(in: recordings) {
            progress("deleted \(path): a temporary file an interrupted write had left")
        }
        let work = cells.flatMap { cell in (0..<runs).map { _ in cell } }
        let python = python
        let outputs = await ParallelMap.map(work, jobs: jobs) { cell -> Result<[FidelityLine], FidelityError> in
            do throws(FidelityError) {
                let normaliser = try FidelityNormaliser(masks: cell.masks)
                return .success(normaliser.normalise(try await python.run(cell)))
            } catch {
                return .failure(error)
            }
        }
        var reports: [FidelityCellReport] = []
        for (index, cell) in cells.enumerated() {
            let results = outputs[(index * runs)..<((index + 1) * runs)]
            let errors = results.compactMap { result -> FidelityError? in
                if case .failure(let error) = result { error } else { nil }
            }
            if let error = errors.first {
                progress("FAIL \(cell.id)  \(error.description)")
                reports.append(FidelityCellReport(cell: cell.id, verdict: nil, problems: [error.description]))
                continue
            }
            let runsOutputs = results.compactMap { try? $0.get() }
            let recording = CPythonRecording(
                cell: cell.id, python: version, fingerprint: cell.fingerprint, mode: cell.mode, outputs: runsOutputs)
            let agreement = RecordingAgreement(outputs: runsOutputs, mode: cell.mode)
            if cell.mode == .exact, let pair = agreement.disagreeing {
                // Never write a recording its own mode contradicts: a racy exact cell would pass against any run.
                let fix = agreement.suggestion.map { "mark the cell \($0) (then the \(runs) runs agree)" }
                    ?? "no fidelity mode or simple mask makes them agree: make the output deterministic"
                let why =
                    "not recorded: CPython printed \(recording.variants.count) different outputs in \(runs) runs, "
                    + "but fidelity=exact needs one; \(fix)"
                let diff = FidelityDiff.lines(
                    pair.first, pair.second, mode: .exact, oldName: "CPython run A", newName: "CPython run B")
                progress((["FAIL \(cell.id)  \(why)"] + diff.map { "    " + $0 }).joined(separator: "\n"))
                reports.append(FidelityCellReport(cell: cell.id, verdict: nil, problems: [why] + diff))
                continue
            }
            try recording.write(root: recordings)
            var summary = "recorded \(runs) runs, \(recording.variants.count) distinct output(s)"
            if agreement.disagreeing != nil {
                summary += "; they differ even under fidelity=\(cell.mode.rawValue) (timing), each kept as a possible output"
            }
            progress("OK   \(cell.id)  \(summary)")
            reports.append(FidelityCellReport(cell: cell.id, verdict: nil, problems: []))
        }
        return reports
    }
}
