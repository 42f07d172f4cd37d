import DocGenModel

/// The text of a new scenario file for a cell: its translation with a header saying where it came from, or, when the
/// Python cannot be translated, `import Threading`, the cell's Python as `//` comments, and one placeholder statement,
/// so it compiles and runs before the port is written.
package enum ScenarioSkeleton {
    /// A hand port of cell `id` starting from `translation` (the Swift docgen runs for it now).
    package static func text(id: String, translation: String, contentFile: String) -> String {
        var lines = translation.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let header = [
            "// Scenario of \(id), hand-written: it started as docgen's translation of the Python in \(contentFile).",
            "// Edit it freely; `docgen run \(id)` runs it. Deleting this file makes the cell translated again.",
        ]
        let after = lines.first == "import Threading" ? 1 : 0
        lines.insert(contentsOf: [""] + header, at: after)
        return lines.joined(separator: "\n")
    }

    /// The skeleton for cell `id` (`page/cell`) whose Python starts at `contentFile:line`; `why` says why docgen
    /// could not translate it.
    package static func text(id: String, cell: CodeCell, contentFile: String, why: String? = nil) -> String {
        var lines = [
            "import Threading",
            "",
            "// Scenario of \(id): port the Python of \(contentFile):\(cell.line) below, with Threading's names",
            "// (Python's own spelling). `docgen run \(id)` runs it; `docgen build` shows it beside the Python.",
        ]
        if let why { lines.append("// docgen does not translate it itself: \(why)") }
        lines += [
            "//"
        ]
        var python = cell.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if python.last == "" { python.removeLast() }
        lines += python.map { $0.isEmpty ? "//" : "//     " + $0 }
        lines += ["", "print(\"TODO: port \(id)\")", ""]
        return lines.joined(separator: "\n")
    }
}
