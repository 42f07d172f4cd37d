@_spi(Harness) import DocGenVerify

/// Adds a "matches CPython" badge to each cell: compares the cell's Swift output with the CPython outputs recorded
/// under `recordings` (by `docgen fidelity --record`), so the site shows fidelity without running Python.
package struct FidelityDecorator: CellDecorator {
    /// The folder holding recordings (`Tests/Fidelity`).
    package var recordings: String

    package init(recordings: String = "Tests/Fidelity") {
        self.recordings = recordings
    }

    /// The recordings: a cell's is `<recordings>/<page>/<cell>.txt`.
    package var cellFileFolders: [String] { [recordings] }

    package func decorate(_ view: CellView) -> CellDecoration {
        guard let run = view.run.result else { return CellDecoration() }
        let cell = FidelityCell(view)
        let recording: CPythonRecording?
        do {
            recording = try CPythonRecording.load(cell: cell.id, root: recordings)
        } catch {
            return CellDecoration(badges: [
                CellBadge(
                    "CPython recording unreadable", tone: .warning,
                    detail: error.description)
            ])
        }
        guard let recording else {
            return CellDecoration(badges: [
                CellBadge(
                    "not compared with CPython", tone: .neutral,
                    detail: "record CPython's output with `docgen fidelity --record`")
            ])
        }
        guard recording.fingerprint == cell.fingerprint else {
            return CellDecoration(badges: [
                CellBadge(
                    "CPython recording stale", tone: .warning,
                    detail: "re-record with `docgen fidelity --record`")
            ])
        }
        guard let normaliser = try? FidelityNormaliser(masks: cell.masks) else { return CellDecoration() }
        let verdict = FidelityVerdict.compare(
            python: recording.outputs, swift: normaliser.normalise(run.fidelityLines), mode: cell.mode)
        let detail = Self.detail(verdict, recording: recording)
        return CellDecoration(badges: [
            verdict.passed
                ? CellBadge("matches CPython", tone: .good, detail: detail)
                : CellBadge("differs from CPython", tone: .bad, detail: detail)
        ])
    }

    /// The hover text: which comparison, against how many recorded CPython runs, and the first difference.
    static func detail(_ verdict: FidelityVerdict, recording: CPythonRecording) -> String {
        let how =
            switch verdict.mode {
            case .exact: "compared line for line"
            case .perThread:
                "compared thread by thread (CPython interleaves this cell's threads differently from run to run)"
            case .multiset: "compared as a set of lines (CPython varies which thread prints what)"
            }
        let runs = "\(recording.runs) runs, \(recording.variants.count) distinct output(s)"
        var text = "CPython \(recording.python), \(runs); \(how)"
        if verdict.mode != .exact, verdict.identicalVariant != nil {
            text += "; the whole output, interleaving included, is one CPython printed"
        }
        if !verdict.passed { text += "\n" + verdict.difference.joined(separator: "\n") }
        return text
    }
}

extension FidelityCell {
    /// The fidelity view of a rendered cell.
    init(_ view: CellView) {
        self.init(id: view.scenarioID, cell: view.cell)
    }
}
