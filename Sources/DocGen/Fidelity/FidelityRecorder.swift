/// Records CPython's output for cells: runs each cell's Python `runs` times with python3, normalises the outputs,
/// groups them into variants and writes one `CPythonRecording` per cell.
public struct FidelityRecorder: Sendable {
    public var python: PythonCellRunner
    public var recordings: String
    public var runs: Int
    public var jobs: Int

    public init(python: PythonCellRunner, recordings: String, runs: Int = 10, jobs: Int = 8) {
        self.python = python
        self.recordings = recordings
        self.runs = runs
        self.jobs = jobs
    }

    /// Records every cell; a report per cell says how many distinct outputs CPython gave, and fails a cell marked
    /// `exact` that CPython printed differently across runs (it needs `fidelity=per-thread` or `multiset`).
    public func record(_ cells: [FidelityCell], progress: @escaping @Sendable (String) -> Void = { _ in }) async throws
        -> [FidelityCellReport]
    {
        let version = try await python.version()
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
            let recording = CPythonRecording(
                cell: cell.id, python: version, fingerprint: cell.fingerprint, mode: cell.mode,
                outputs: results.compactMap { try? $0.get() })
            try recording.write(root: recordings)
            var problems: [String] = []
            if cell.mode == .exact, recording.variants.count > 1 {
                problems.append(
                    "CPython printed \(recording.variants.count) different outputs in \(runs) runs: mark the cell "
                        + "<!-- docgen: fidelity=per-thread --> (or multiset)")
            }
            let summary = "recorded \(runs) runs, \(recording.variants.count) distinct output(s)"
            progress("\(problems.isEmpty ? "OK  " : "FAIL") \(cell.id)  \(summary)")
            reports.append(FidelityCellReport(cell: cell.id, verdict: nil, problems: problems))
        }
        return reports
    }
}
