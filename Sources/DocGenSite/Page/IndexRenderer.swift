/// Renders `index.html`: every page with its cell count and how many cells failed.
enum IndexRenderer {
    static func render(_ pages: [PageView]) -> String {
        var main = "<h1>Pages</h1>\n"
        if pages.isEmpty { main += "<p>No pages yet: add Markdown files to the content folder.</p>\n" }
        main += "<ul class=\"index\">\n"
        for page in pages {
            let views = page.document.cells.compactMap { page.cells[$0.id] }
            let failed = views.filter { $0.run.disagrees(with: $0.cell.options.expect) }.count
            var summary = views.count == 1 ? "1 cell" : "\(views.count) cells"
            if failed > 0 { summary += ", \(failed) failed" }
            main +=
                "<li><a href=\"\(page.fileName.htmlEscaped)\">\(page.document.title.htmlEscaped)</a> "
                + "<span class=\"quiet\">(\(summary))</span></li>\n"
        }
        main += "</ul>\n"
        return SiteLayout.page(title: "Pages", current: nil, pages: pages, main: main)
    }
}
