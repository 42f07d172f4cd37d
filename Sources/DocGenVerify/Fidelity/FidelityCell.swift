import DocGenModel
import DocGenRun

/// A cell as the fidelity check sees it: its scenario id, its Python source and how to compare it.
package struct FidelityCell: Sendable, Equatable {
    /// The scenario id, `page/cell`.
    package var id: String
    package var source: String
    package var mode: FidelityMode
    /// Extra patterns to mask (see `FidelityNormaliser`).
    package var masks: [String]
    /// The cell deadlocks on purpose (`expect=deadlock`): CPython must still be blocked after
    /// `PythonCellRunner.hangWindow` seconds, and the Swift run must end in a deadlock report. Their outputs up to
    /// that point are compared.
    package var hangs: Bool
    /// The cell raises on purpose (`expect=error`): python3 must exit with an error and the Swift run must end in an
    /// uncaught error. What both printed is compared, the traceback included (its frame lines taken out).
    package var raises: Bool

    package init(
        id: String, source: String, mode: FidelityMode = .exact, masks: [String] = [], hangs: Bool = false,
        raises: Bool = false
    ) {
        self.id = id
        self.source = source
        self.mode = mode
        self.masks = masks
        self.hangs = hangs
        self.raises = raises
    }

    /// Identifies the source and options a recording was made for.
    package var fingerprint: String {
        CPythonRecording.fingerprint(source: source, mode: mode, masks: masks, hangs: hangs, raises: raises)
    }
}

extension FidelityCell {
    /// The fidelity view of a mapped cell: its scenario id, Python source and fidelity options.
    package init(_ mapped: MappedCell) {
        self.init(id: mapped.id, cell: mapped.cell)
    }

    /// Code cell `cell`, run as scenario `id`: its Python source and its fidelity options.
    package init(id: String, cell: CodeCell) {
        self.init(
            id: id, source: cell.source, mode: cell.options.fidelity ?? .exact, masks: cell.options.masks,
            hangs: cell.options.expect == .deadlock, raises: cell.options.expect == .error)
    }
}
