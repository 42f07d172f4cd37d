import DocGenModel

extension CPythonRecording {
    /// The file text: a comment, `python:`, `fingerprint:` and `mode:` lines, then each variant as a `variant: N runs`
    /// line followed by its lines (`stream<TAB>thread<TAB>text`).
    package func encoded() -> String {
        var text = "# CPython output of \(cell), normalised, recorded from \(runs) runs by `docgen fidelity --record`."
        text += " Do not edit.\n"
        text += "python: \(python)\nfingerprint: \(fingerprint)\nmode: \(mode.rawValue)\n"
        for variant in variants {
            text += "variant: \(variant.runs) runs\n"
            for line in variant.lines { text += line.encoded + "\n" }
        }
        return text
    }

    /// Reads `text` written by `encoded()`; `path` names the file in errors.
    static func decode(_ text: String, cell: String, path: String) throws(FidelityError) -> CPythonRecording {
        var python: String?
        var fingerprint: String?
        var mode: FidelityMode?
        var variants: [Variant] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            func bad(_ why: String) -> FidelityError { .badRecording(path: path, line: offset + 1, why: why) }
            if line.hasPrefix("#") || (line.isEmpty && offset > 0) { continue }
            if let value = line.value(after: "python: ") {
                python = value
            } else if let value = line.value(after: "fingerprint: ") {
                fingerprint = value
            } else if let value = line.value(after: "mode: ") {
                guard let parsed = FidelityMode(rawValue: value) else { throw bad("unknown mode \(value)") }
                mode = parsed
            } else if let value = line.value(after: "variant: ") {
                guard let runs = Int(value.prefix { $0.isNumber }), runs > 0 else { throw bad("bad run count") }
                variants.append(Variant(runs: runs, lines: []))
            } else if let output = FidelityLine(encoded: line), !variants.isEmpty {
                variants[variants.count - 1].lines.append(output)
            } else {
                throw bad("expected `stream<TAB>thread<TAB>text` inside a variant")
            }
        }
        guard let python, let fingerprint, let mode else {
            throw .badRecording(path: path, line: 1, why: "missing python:, fingerprint: or mode: line")
        }
        return CPythonRecording(cell: cell, python: python, fingerprint: fingerprint, mode: mode, variants: variants)
    }
}

extension Substring {
    /// The rest of the line after `prefix`, or `nil` when it does not start with it.
    fileprivate func value(after prefix: String) -> String? {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil
    }
}
