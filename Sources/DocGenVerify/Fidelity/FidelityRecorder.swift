import DocGenModel

/// Records CPython's output for cells: runs each cell's Python with python3 until the runs settle (at least `runs`
/// runs, and the last `quietRuns` of them printed nothing new), at most `maximumRuns` times, normalises the outputs,
/// groups them into variants and writes one `CPythonRecording` per cell. Outputs that differ only in how threads
/// interleave are all kept: each is an output CPython printed, and the cell's outcome set must contain it.
/// A run in which a sleep or timed wait overslept (`RunTiming`, on a loaded machine) is left out and run again; a cell
/// whose runs were mostly disturbed is not recorded.
package struct FidelityRecorder: Sendable {
    package var python: PythonCellRunner
    package var recordings: String
    /// Runs per cell at least.
    package var runs: Int
    /// Runs per cell at most, disturbed ones included: a cell still printing new outputs then is reported (unseeded
    /// randomness needs a mask).
    package var maximumRuns: Int
    /// Cells recorded at once (each runs one python3 process at a time).
    package var jobs: Int

    package init(python: PythonCellRunner, recordings: String, runs: Int = 20, maximumRuns: Int = 200, jobs: Int = 8) {
        self.python = python
        self.recordings = recordings
        self.runs = max(1, runs)
        self.maximumRuns = max(self.runs, maximumRuns)
        self.jobs = jobs
    }

    /// How many runs in a row must bring no new output before a cell's recording stops (half the minimum).
    package var quietRuns: Int { max(1, runs / 2) }

    /// Records every cell; a report per cell says how many runs it took and how many distinct outputs CPython gave.
    /// A cell that never settles is not written when a mask makes its runs settle (the report names it, checked
    /// against the runs); otherwise it is written with every output seen, and the report says it did not settle.
    /// `ran` hears of every finished python3 run (for a progress line).
    package func record(
        _ cells: [FidelityCell], progress: @escaping @Sendable (String) -> Void = { _ in },
        ran: @escaping @Sendable () -> Void = {}
    ) async throws -> [FidelityCellReport] {
        let version = try await python.version()
        for path in AtomicFile.removeLeftovers(in: recordings) {
            progress("deleted \(path): a temporary file an interrupted write had left")
        }
        let recorder = self
        return await ParallelMap.map(cells, jobs: jobs) { cell in
            let report = await recorder.record(cell, version: version, ran: ran)
            progress(report.line)
            return report.report
        }
    }

    private func record(_ cell: FidelityCell, version: String, ran: @Sendable () -> Void) async
        -> (report: FidelityCellReport, line: String)
    {
        func failed(_ why: String, _ more: [String] = []) -> (FidelityCellReport, String) {
            (
                FidelityCellReport(cell: cell.id, verdict: nil, problems: [why] + more),
                (["FAIL \(cell.id)  \(why)"] + more.map { "    " + $0 }).joined(separator: "\n")
            )
        }
        var outputs: [[FidelityLine]] = []
        var seen: Set<[FidelityLine]> = []
        var sinceNew = 0
        var (attempts, disturbed, timed) = (0, 0, true)
        do throws(FidelityError) {
            let normaliser = try FidelityNormaliser(masks: cell.masks)
            while attempts < maximumRuns {
                let (lines, timing) = try await python.timedRun(cell)
                ran()
                attempts += 1
                timed = timed && timing.timed
                if timing.disturbed {
                    // A sleep or timed wait overslept: the output may be one only a loaded machine prints. Run again.
                    disturbed += 1
                    if attempts >= runs, disturbed * 2 > attempts {
                        return failed(
                            "not recorded: \(disturbed) of \(attempts) CPython runs were disturbed, a sleep or timed "
                                + "wait returning more than \(RunTiming.allowance) late (\(timing.latest)); the machine "
                                + "is too busy to record this cell: record it again when the machine is quiet "
                                + "(docgen fidelity --record --cell \(cell.id)) or with fewer --python-jobs")
                    }
                    continue
                }
                let output = normaliser.normalise(lines)
                outputs.append(output)
                sinceNew = seen.insert(output).inserted ? 0 : sinceNew + 1
                if outputs.count >= runs, sinceNew >= quietRuns { break }
            }
        } catch {
            return failed(error.description)
        }
        let settled = sinceNew >= quietRuns
        let recording = CPythonRecording(
            cell: cell.id, python: version, fingerprint: cell.fingerprint, mode: cell.mode, outputs: outputs)
        if !settled, let mask = MaskSuggestion.settling(outputs, quietRuns: quietRuns) {
            // Never write a recording that random values keep growing: the cell needs the mask.
            let why =
                "not recorded: CPython printed \(recording.variants.count) different outputs in \(outputs.count) runs "
                + "and kept printing new ones; mark the cell \(mask.option) (then they settle after "
                + "\(mask.settledAfter) runs)"
            let pair = mask.pair
            return failed(
                why,
                FidelityDiff.lines(pair.0, pair.1, mode: .exact, oldName: "CPython run A", newName: "CPython run B"))
        }
        do {
            try recording.write(root: recordings)
        } catch {
            return failed("cannot write the recording: \(error)")
        }
        var summary = "recorded \(outputs.count) runs, \(recording.variants.count) distinct output(s)"
        if !settled {
            summary += "; still printing new outputs after \(outputs.count) runs (no mask makes them settle), all kept"
        }
        if disturbed > 0 {
            summary += "; \(disturbed) disturbed run(s) left out (a sleep or timed wait overslept)"
        }
        if !timed {
            summary += "; sleeps not timed (Python \(version) has no sys.monitoring; 3.12 or later has)"
        }
        return (FidelityCellReport(cell: cell.id, verdict: nil, problems: []), "OK   \(cell.id)  \(summary)")
    }
}
