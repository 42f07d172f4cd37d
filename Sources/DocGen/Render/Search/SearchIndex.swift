import Foundation
import Threading

/// Builds the site's search index at build time: one `SearchEntry` per section of every page, over its heading,
/// prose, cells' Python and Swift sources and their outputs, written as `assets/search-index.js` (a script that sets
/// `window.docgenSearchIndex`, so the page can load it from `file://` with no server). Deterministic: pages in order.
enum SearchIndex {
    static let path = "assets/search-index.js"

    static func javascript(_ pages: [PageView]) -> String {
        let rows = pages.flatMap(entries).map { [$0.file, $0.anchor, $0.pageTitle, $0.title, $0.text] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let json = (try? encoder.encode(rows)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return "window.docgenSearchIndex = " + json + ";\n"
    }

    static func entries(of page: PageView) -> [SearchEntry] {
        let document = page.document
        var entries: [SearchEntry] = []
        var current = SearchEntry(
            file: page.fileName, anchor: "", pageTitle: document.title, title: document.title, text: "")
        func add(_ raw: String) {
            let text = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            guard !text.isEmpty else { return }
            current.text += current.text.isEmpty ? text : " " + text
        }
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                if !current.text.isEmpty || !current.anchor.isEmpty { entries.append(current) }
                current = SearchEntry(
                    file: page.fileName, anchor: heading.slug, pageTitle: document.title, title: heading.text,
                    text: "")
            case .prose(let html):
                add(HTMLPlainText.text(of: html))
            case .cell(let cell):
                add(cell.source)
                if let view = page.cells[cell.id] {
                    add(view.swiftSource)
                    add(output(of: view))
                }
            }
        }
        entries.append(current)
        return entries
    }

    /// What the cell printed, stdout and stderr in order.
    private static func output(of view: CellView) -> String {
        guard let events = view.run.result?.events else { return "" }
        return events.compactMap { event -> String? in
            if case .output(_, let text) = event.kind { text } else { nil }
        }.joined()
    }
}
