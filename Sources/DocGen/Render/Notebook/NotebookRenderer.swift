import Foundation
import Threading

/// Writes a page as a Jupyter notebook (nbformat 4.5): the prose between cells as Markdown cells (from the page's
/// Markdown source when given, else its rendered HTML), each cell's Python as a code cell numbered in page order whose
/// outputs are the stdout and stderr streams the run printed, in order. Same page → same bytes (sorted keys).
enum NotebookRenderer {
    static func render(_ page: PageView, markdown: String?) -> String {
        let cells = page.document.cells
        let prose: [String]
        if let markdown {
            prose = MarkdownSlicer.prose(markdown, cellLines: cells.map(\.line))
        } else {
            prose = proseHTML(page.document)
        }
        var notebook: [NotebookCell] = []
        for (position, cell) in cells.enumerated() {
            appendMarkdown(prose[position], number: position, to: &notebook)
            let run = page.cells[cell.id]?.run
            notebook.append(
                NotebookCell(
                    kind: .code, id: cell.id, source: cell.source,
                    executionCount: run?.result == nil ? nil : position + 1,
                    outputs: outputs(run?.result?.events ?? [])))
        }
        appendMarkdown(prose[cells.count], number: cells.count, to: &notebook)
        return encode(notebook)
    }

    private static func appendMarkdown(_ text: String, number: Int, to notebook: inout [NotebookCell]) {
        guard !text.isEmpty else { return }
        notebook.append(NotebookCell(kind: .markdown, id: "md-\(number)", source: text, executionCount: nil, outputs: []))
    }

    /// Prose as HTML (Markdown cells may hold HTML) when the Markdown source is not at hand.
    private static func proseHTML(_ document: Document) -> [String] {
        var pieces = [""]
        for block in document.blocks {
            switch block {
            case .prose(let html): pieces[pieces.count - 1] += html
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
            if let stream, !text.isEmpty { outputs.append(NotebookOutput(name: stream, text: NotebookCell.lines(text))) }
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

    private static func encode(_ cells: [NotebookCell]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(NotebookDocument(cells: cells)) else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
