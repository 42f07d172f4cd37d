import DocGenExplore
import DocGenModel
import Threading

/// One cell ready for the model check: its scenario loaded, its CPython recording and its fidelity normaliser.
///
/// Unchecked Sendable: the normaliser's regular expressions (not Sendable) are immutable, and only the one task that
/// checks this job reads them.
package struct ModelCheckJob: @unchecked Sendable {
    package let cell: String
    package let program: @Sendable () throws -> Void
    package let recording: CPythonRecording
    package let normaliser: FidelityNormaliser

    package init(
        cell: String, program: @escaping @Sendable () throws -> Void, recording: CPythonRecording,
        normaliser: FidelityNormaliser
    ) {
        self.cell = cell
        self.program = program
        self.recording = recording
        self.normaliser = normaliser
    }

    /// Searches the cell exhaustively (up to `maxExecutions`) and, when the search completes, runs `sampled` random
    /// and PCT schedules whose outputs must all be in its set.
    package func check(maxExecutions: Int, sampled: Int) -> ModelCheck {
        let exploration = ExhaustiveExplorer(maxExecutions: maxExecutions).explore(program)
        let samples = sampled > 0 && exploration.isComplete ? Explorer(runs: sampled).explore(program) : nil
        return ModelCheck(
            cell: cell, exploration: exploration, recording: recording, normaliser: normaliser, sampled: samples)
    }

    /// Checks `jobs`, `parallel` cells at a time (each search is sequential; cells are independent), handing each
    /// result to `report` in the jobs' order as soon as it and those before it are done. The results do not depend
    /// on `parallel`.
    package static func checkAll(
        _ jobs: [ModelCheckJob], parallel: Int, maxExecutions: Int, sampled: Int,
        report: @escaping (ModelCheck) -> Void
    ) async -> [ModelCheck] {
        var done: [Int: ModelCheck] = [:]
        var nextToReport = 0
        let indexed = Array(jobs.enumerated())
        let results = await ParallelMap.map(
            indexed, jobs: parallel,
            finished: { (index, check) in
                done[index] = check
                while let ready = done[nextToReport] {
                    report(ready)
                    done[nextToReport] = nil
                    nextToReport += 1
                }
            }
        ) { (index, job) in (index, job.check(maxExecutions: maxExecutions, sampled: sampled)) }
        return results.map(\.1)
    }
}
