import DocGenModel

/// The text of a new scenario file for a cell: `import Threading`, the cell's Python as `//` comments, and one
/// placeholder statement, so it compiles and runs before the port is written.
package enum ScenarioSkeleton {
    /// The skeleton for cell `id` (`page/cell`) whose Python starts at `contentFile:line`.
    package static func text(id: String, cell: CodeCell, contentFile: String) -> String {
        var lines = [
            "import Threading",
            "",
            "// Scenario of \(id): port the Python of \(contentFile):\(cell.line) below, with Threading's names",
            "// (Python's own spelling). `docgen run \(id)` runs it; `docgen build` shows it beside the Python.",
            "//",
        ]
        var python = cell.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if python.last == "" { python.removeLast() }
        lines += python.map { $0.isEmpty ? "//" : "//     " + $0 }
        lines += ["", "print(\"TODO: port \(id)\")", ""]
        return lines.joined(separator: "\n")
    }
}
