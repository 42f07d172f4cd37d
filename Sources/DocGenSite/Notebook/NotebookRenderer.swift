import DocGenModel
import Foundation
@_spi(Harness) import Threading

/// Writes a page as a Jupyter notebook (nbformat 4.5): a first Markdown cell saying how the code cells run, the prose
/// between cells as Markdown cells (from the page's Markdown source when given, else its rendered HTML), each cell's
/// Python as a code cell numbered in page order, run as a program of its own (`NotebookCellMagic`), whose outputs are
/// the stdout and stderr streams the run printed, in order. Same page → same bytes (sorted keys).
enum NotebookRenderer {
    /// The notebook's JSON text.
    static func render(_ page: PageView, markdown: String?) -> String {
        var bytes: [UInt8] = []
        var out = SiteFileStream { bytes.append(contentsOf: $0) }
        write(page, markdown: markdown, to: &out)
        out.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the notebook's JSON to `out` cell by cell (`NotebookJSON`): the bytes `JSONEncoder` gives for
    /// `NotebookDocument(cells: cells(page, markdown: markdown))`.
    static func write(_ page: PageView, markdown: String?, to out: inout SiteFileStream) {
        var json = NotebookJSON.begin(to: &out)
        for cell in cells(page, markdown: markdown) { json.write(cell, to: &out) }
        json.end(to: &out)
    }

    /// The notebook's cells; Markdown cells hold slices of `markdown`, not copies.
    static func cells(_ page: PageView, markdown: String?) -> [NotebookCell] {
        let cells = page.document.cells
        let prose: [[Substring]]
        if let markdown {
            prose = MarkdownSlicer.proseRuns(markdown, cellLines: cells.map(\.line))
        } else {
            prose = proseHTML(page.document).map { $0.isEmpty ? [] : [$0[...]] }
        }
        var notebook: [NotebookCell] = []
        if !cells.isEmpty {
            notebook.append(
                NotebookCell(
                    kind: .markdown, id: "md-how-cells-run", source: [howCellsRun[...]], executionCount: nil,
                    outputs: []))
        }
        for (position, cell) in cells.enumerated() {
            appendMarkdown(prose[position], number: position, to: &notebook)
            let run = page.cells[cell.id]?.run
            notebook.append(
                NotebookCell(
                    kind: .code, id: cell.id, source: [NotebookCellMagic.line(for: cell)[...], cell.source[...]],
                    executionCount: run?.result == nil ? nil : position + 1,
                    outputs: outputs(run?.result?.events ?? [])))
        }
        appendMarkdown(prose[cells.count], number: cells.count, to: &notebook)
        return notebook
    }

    /// The first Markdown cell of a notebook with code cells.
    static let howCellsRun = """
        *How the code cells run.* Each code cell is a program of its own: its first line, `%%script python3`, runs \
        the rest of the cell in a new `python3` process, as each sample runs on its own on the page. So threads, \
        logging settings and variables of one cell do not reach the next, and a cell shows its output when it ends. \
        A cell that deadlocks on purpose is ended after \(NotebookCellMagic.hangSeconds) s by `timeout` (a Unix \
        command; on macOS it comes with Homebrew's `coreutils`), with `python3 -u` so that what it printed is not \
        lost, and `--no-raise-error` lets *Run All* go on past a cell that fails on purpose. The output under each \
        cell is the one the page shows; a run of yours may print another of the outputs the page lists under the \
        sample.
        """

    private static func appendMarkdown(_ text: [Substring], number: Int, to notebook: inout [NotebookCell]) {
        guard !text.isEmpty else { return }
        notebook.append(
            NotebookCell(kind: .markdown, id: "md-\(number)", source: text, executionCount: nil, outputs: []))
    }

    /// Prose as HTML (Markdown cells may hold HTML) when the Markdown source is not at hand.
    private static func proseHTML(_ document: Document) -> [String] {
        var pieces = [""]
        for block in document.blocks {
            switch block {
            case .prose(let prose): pieces[pieces.count - 1] += prose.html
            case .heading(let heading):
                pieces[pieces.count - 1] += String(repeating: "#", count: heading.level) + " " + heading.text + "\n\n"
            case .cell: pieces.append("")
            }
        }
        return pieces.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Consecutive writes to the same stream become one stream output.
    static func outputs(_ events: [TraceEvent]) -> [NotebookOutput] {
        var outputs: [NotebookOutput] = []
        var text = ""
        var stream: String?
        func flush() {
            if let stream, !text.isEmpty {
                outputs.append(NotebookOutput(name: stream, text: NotebookCell.lines(text)))
            }
            text = ""
        }
        for event in events {
            guard case .output(let kind, let written) = event.kind else { continue }
            let name = kind == .stderr ? "stderr" : "stdout"
            if name != stream {
                flush()
                stream = name
            }
            text += written
        }
        flush()
        return outputs
    }
}
