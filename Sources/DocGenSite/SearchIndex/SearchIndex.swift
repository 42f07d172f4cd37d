import DocGenModel
import Foundation
@_spi(Harness) import Threading

/// Builds the site's search index at build time: one `SearchEntry` per section of every page, over its heading,
/// prose, cells' Python and Swift sources and their outputs, written as `assets/search-index.js` (a script that sets
/// `window.docgenSearchIndex`, so the page can load it from `file://` with no server). Deterministic: pages in order.
enum SearchIndex {
    static let path = "assets/search-index.js"

    static func javascript(_ pages: [PageView]) -> String {
        var bytes: [UInt8] = []
        var out = SiteFileStream { bytes.append(contentsOf: $0) }
        write(pages, to: &out)
        out.finish()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Writes the index script section by section: the bytes of `JSONEncoder`'s encoding of the rows
    /// `[file, anchor, pageTitle, title, text]` (with `.withoutEscapingSlashes`), never the whole index in memory.
    static func write(_ pages: [PageView], to out: inout SiteFileStream) {
        write(pages, to: &out) { page, out in writeRows(of: page, to: &out) }
    }

    /// Adds the index to `site`: the rows of a page whose key in `keys` is unchanged are copied from the last build's
    /// index (`SiteFiles.reusableIndexRows`), the others made from the page; where each page's rows went is noted.
    ///
    /// - Throws: `RenderError.keptPageChanged` when a kept page's rows cannot be copied (it has no views to make them).
    static func add(_ pages: [PageView], keys: [String: String], to site: inout some SiteFiles) throws(RenderError) {
        let reusable = keys.isEmpty ? nil : site.reusableIndexRows(keys)
        var rows: [String: [Int]] = [:]
        var lost: String?
        try site.add(path) { out in
            write(pages, to: &out) { page, out in
                let start = out.count
                if reusable?.copy(page.document.page, to: &out) != true {
                    if page.isKept { lost = lost ?? page.document.page }
                    writeRows(of: page, to: &out)
                }
                rows[page.document.page] = [start, out.count - start]
            }
        }
        if let lost { throw .keptPageChanged(page: lost) }
        if !keys.isEmpty { site.recordIndexRows(rows) }
    }

    /// The script around each page's rows (`rows` writes them), the pages' rows separated by commas.
    private static func write(
        _ pages: [PageView], to out: inout SiteFileStream, rows: (PageView, inout SiteFileStream) -> Void
    ) {
        out.write("window.docgenSearchIndex = [")
        for (number, page) in pages.enumerated() {
            if number > 0 { out.write(",") }
            rows(page, &out)
        }
        out.write("];\n")
    }

    /// The rows of `page`'s sections, separated by commas (a page has at least one).
    private static func writeRows(of page: PageView, to out: inout SiteFileStream) {
        var first = true
        forEachEntry(of: page) { entry in
            out.write(first ? "[" : ",[")
            first = false
            for (number, field) in [entry.file, entry.anchor, entry.pageTitle, entry.title].enumerated() {
                if number > 0 { out.write(",") }
                JSONText.writeString(field, to: &out)
            }
            out.write(",")
            JSONText.writeString(entry.text, to: &out)
            out.write("]")
        }
    }

    static func entries(of page: PageView) -> [SearchEntry] {
        var entries: [SearchEntry] = []
        forEachEntry(of: page) { entries.append($0) }
        return entries
    }

    /// Each section's entry of `page`, in order, as soon as the section ends.
    static func forEachEntry(of page: PageView, _ body: (SearchEntry) -> Void) {
        let document = page.document
        var current = SearchEntry(
            file: page.fileName, anchor: "", pageTitle: document.title, title: document.title, text: "")
        func add(_ raw: String) {
            let text = WhitespaceWords.joined(raw)
            guard !text.isEmpty else { return }
            current.text += current.text.isEmpty ? text : " " + text
        }
        for block in document.blocks {
            switch block {
            case .heading(let heading):
                if !current.text.isEmpty || !current.anchor.isEmpty { body(current) }
                current = SearchEntry(
                    file: page.fileName, anchor: heading.slug, pageTitle: document.title, title: heading.text,
                    text: "")
            case .prose(let prose):
                add(prose.text)
            case .cell(let cell):
                add(cell.source)
                if let view = page.cells[cell.id] {
                    add(view.swiftSource)
                    add(output(of: view))
                }
            }
        }
        body(current)
    }

    /// What the cell printed, stdout and stderr in order.
    private static func output(of view: CellView) -> String {
        guard let events = view.run.result?.events else { return "" }
        return events.compactMap { event -> String? in
            if case .output(_, let text) = event.kind { text } else { nil }
        }.joined()
    }
}
