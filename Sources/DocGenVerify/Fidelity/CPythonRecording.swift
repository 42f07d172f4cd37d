import DocGenModel
import Foundation

/// CPython's normalised output for one cell, recorded from real `python3` runs by `docgen fidelity --record` and
/// committed under `Tests/Fidelity/<page>/<cell>.txt`, so the site build can say whether the Swift output matched
/// CPython without running Python.
///
/// Each distinct output CPython produced is kept as a variant, most frequent first, with the number of runs that
/// produced it. `fingerprint` identifies the Python source and fidelity options it was recorded for; when they
/// change, the recording is stale.
package struct CPythonRecording: Sendable, Equatable {
    /// One distinct output and how many of the recorded runs printed it.
    package struct Variant: Sendable, Equatable {
        package var runs: Int
        package var lines: [FidelityLine]

        package init(runs: Int, lines: [FidelityLine]) {
            self.runs = runs
            self.lines = lines
        }
    }

    package var cell: String
    package var python: String
    package var fingerprint: String
    package var mode: FidelityMode
    package var variants: [Variant]

    package init(cell: String, python: String, fingerprint: String, mode: FidelityMode, variants: [Variant]) {
        self.cell = cell
        self.python = python
        self.fingerprint = fingerprint
        self.mode = mode
        self.variants = variants
    }

    /// Groups `outputs` (one per run) into variants, most frequent first, ties in order of first appearance.
    package init(cell: String, python: String, fingerprint: String, mode: FidelityMode, outputs: [[FidelityLine]]) {
        var variants: [Variant] = []
        for output in outputs {
            if let index = variants.firstIndex(where: { $0.lines == output }) {
                variants[index].runs += 1
            } else {
                variants.append(Variant(runs: 1, lines: output))
            }
        }
        let ranked = variants.enumerated().sorted { ($0.element.runs, -$0.offset) > ($1.element.runs, -$1.offset) }
        self.init(cell: cell, python: python, fingerprint: fingerprint, mode: mode, variants: ranked.map(\.element))
    }

    /// Total number of recorded runs.
    package var runs: Int { variants.reduce(0) { $0 + $1.runs } }

    /// The outputs to compare against, most frequent first.
    package var outputs: [[FidelityLine]] { variants.map(\.lines) }

    /// The fingerprint of a cell's Python source together with the options that shape its recording.
    package static func fingerprint(
        source: String, mode: FidelityMode, masks: [String], hangs: Bool = false, raises: Bool = false
    ) -> String {
        var hash = FNV1a64()
        hash.combine(field: source)
        hash.combine(field: mode.rawValue)
        for mask in masks { hash.combine(field: mask) }
        if hangs { hash.combine(field: "hangs") }  // only when set, so recordings of other cells stay valid
        if raises { hash.combine(field: "raises") }
        return hash.hex
    }

    /// Where the recording of scenario `cell` (`page/cell`) lives under `root`.
    package static func path(for cell: String, root: String) -> String {
        root + "/" + cell + ".txt"
    }

    /// Reads the recording of `cell` under `root`; `nil` when there is none.
    ///
    /// - Throws: `FidelityError.badRecording` when the file exists but cannot be read as a recording.
    package static func load(cell: String, root: String) throws(FidelityError) -> CPythonRecording? {
        let path = path(for: cell, root: root)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try decode(String(decoding: data, as: UTF8.self), cell: cell, path: path)
    }

    /// Writes the recording under `root`, creating its folder: a temporary file renamed into place, so a killed
    /// `fidelity --record` leaves each recording whole, old or new.
    package func write(root: String) throws {
        try AtomicFile.write(encoded(), to: Self.path(for: cell, root: root))
    }
}
