/// The first line of a notebook code cell: a `%%script` cell magic that runs the cell's Python as a program of its own,
/// in a new `python3` process, as docgen runs each cell as a scenario of its own. So no thread, logging configuration
/// or module state of one cell reaches the next, a cell reads as the program it is (`__name__ == "__main__"`), and a
/// cell that hangs on purpose cannot hang the kernel. Output is buffered as when stdout is a file, so `print` calls of
/// several threads mix no more often than in a terminal (unbuffered, each piece of a `print` would be a system call,
/// and a chance for another thread to cut in).
package enum NotebookCellMagic {
    /// Seconds after which `timeout` ends a cell that is meant to hang (`expect=deadlock`, `timeout`, `step-limit`).
    package static let hangSeconds = 5

    /// The magic line for `cell`: `%%script python3`; a cell that fails on purpose gets `--no-raise-error` (so
    /// *Run All* goes on past it), one that hangs on purpose also `timeout N` in front of `python3 -u` (unbuffered,
    /// so what it printed before `timeout` ended it is not lost).
    package static func line(for cell: CodeCell) -> String {
        switch cell.options.expect {
        case nil: "%%script python3"
        case .error?, .crash?: "%%script --no-raise-error python3"
        case .deadlock?, .timeout?, .stepLimit?: "%%script --no-raise-error timeout \(hangSeconds) python3 -u"
        }
    }

    /// `source` without a leading `%%script` line (the cell's Python as the page shows it).
    package static func python(of source: String) -> Substring {
        guard source.hasPrefix("%%script"), let newline = source.firstIndex(of: "\n") else { return source[...] }
        return source[source.index(after: newline)...]
    }
}
