import DocGenModel
import DocGenRun
import DocGenVerify

/// The build's model check: the outputs of cells searched exhaustively against their CPython recordings.
struct ModelChecking {
    /// The folder of CPython recordings (`<page>/<cell>.txt`, `docgen fidelity --record`).
    var recordings: String

    /// The model check (`ModelCheck`) of every cell whose exploration was an exhaustive search and whose CPython
    /// recording under `recordings` is fresh, by cell id. Cells without a readable, fresh recording, and cells that
    /// hang on purpose (CPython never ends them), are left out: their pages say only how many outputs are possible.
    func checks(_ mapped: [MappedCell], _ executions: [CellExecution]) -> [String: ModelCheck] {
        var checks: [String: ModelCheck] = [:]
        for (cell, execution) in zip(mapped, executions) {
            guard let exploration = execution.exploration, exploration.search != nil else { continue }
            let fidelity = FidelityCell(cell)
            guard !fidelity.hangs,
                let recording = try? CPythonRecording.load(cell: cell.id, root: recordings),
                recording.fingerprint == fidelity.fingerprint,
                let normaliser = try? FidelityNormaliser(masks: fidelity.masks)
            else { continue }
            checks[cell.id] = ModelCheck(
                cell: cell.id, exploration: exploration, recording: recording, normaliser: normaliser)
        }
        return checks
    }

    /// Cells whose search was complete but CPython was recorded printing an output outside it: the simulated
    /// runtime's model is wrong for them (`docgen model-check --cell ID` shows the output), each located in its
    /// page's Markdown file.
    /// `kept`: the failures of cells spliced from their kept rendering (`CellFragmentCache`), whose explorations were
    /// not decoded, by cell id.
    static func failures(
        _ mapped: [MappedCell], checks: [String: ModelCheck], kept: [String: String] = [:], in plan: Plan
    ) -> [FailedCell] {
        mapped.compactMap { cell in
            guard let reason = checks[cell.id].flatMap({ reason(of: $0, cell: cell.id) }) ?? kept[cell.id] else {
                return nil
            }
            return FailedCell(file: plan.sourcePath(of: cell.page), line: cell.cell.line, id: cell.id, reason: reason)
        }
    }

    /// Why each failing check of `checks` fails, by cell id.
    static func failureReasons(_ checks: [String: ModelCheck]) -> [String: String] {
        checks.compactMapValues { reason(of: $0, cell: $0.cell) }
    }

    /// Why the cell `id` fails `check`; nil when it passes.
    private static func reason(of check: ModelCheck, cell id: String) -> String? {
        guard !check.passed else { return nil }
        let runs = check.unexplained.reduce(0) { $0 + $1.runs }
        let outputs = check.unexplained.count == 1 ? "an output" : "\(check.unexplained.count) outputs"
        return "has a wrong model: CPython printed \(outputs) (\(runs) of \(check.recordedRuns) recorded runs) that "
            + "none of its \(check.possible.count) possible outputs matches (\(check.headline)); "
            + "`docgen model-check --cell \(id)` shows it"
    }
}
