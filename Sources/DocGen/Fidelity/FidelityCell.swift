/// A cell as the fidelity check sees it: its scenario id, its Python source and how to compare it.
public struct FidelityCell: Sendable, Equatable {
    /// The scenario id, `page/cell`.
    public var id: String
    public var source: String
    public var mode: FidelityMode
    /// Extra patterns to mask (see `FidelityNormaliser`).
    public var masks: [String]

    public init(id: String, source: String, mode: FidelityMode = .exact, masks: [String] = []) {
        self.id = id
        self.source = source
        self.mode = mode
        self.masks = masks
    }

    /// Identifies the source and options a recording was made for.
    public var fingerprint: String { CPythonRecording.fingerprint(source: source, mode: mode, masks: masks) }
}

extension FidelityCell {
    /// The fidelity view of a mapped cell: its scenario id, Python source and fidelity options.
    public init(_ mapped: MappedCell) {
        self.init(
            id: mapped.id, source: mapped.cell.source, mode: mapped.cell.options.fidelity ?? .exact,
            masks: mapped.cell.options.masks)
    }
}
