/// Renders `index.html`: every page with its cell count and how many cells failed.
enum IndexRenderer {
    static func render(_ pages: [PageView]) -> String {
        var main: [HTMLNode] = [.tag("h1", [:], .text("Pages")), .newline]
        if pages.isEmpty {
            main += [.tag("p", [:], .text("No pages yet: add Markdown files to the content folder.")), .newline]
        }
        var items: [HTMLNode] = [.newline]
        for page in pages {
            let views = page.document.cells.compactMap { page.cells[$0.id] }
            let count = page.isKept ? page.document.cells.count : views.count
            let failed = views.filter { $0.run.disagrees(with: $0.cell.options.expect) }.count
            var summary = count == 1 ? "1 cell" : "\(count) cells"
            if failed > 0 { summary += ", \(failed) failed" }
            items += [
                .tag(
                    "li", [:], .tag("a", ["href": page.fileName], .text(page.document.title)), .text(" "),
                    .tag("span", ["class": "quiet"], .text("(\(summary))"))),
                .newline,
            ]
        }
        main += [.tag("ul", ["class": "index"], children: items), .newline]
        return SiteLayout.page(title: "Pages", current: nil, pages: pages, main: .group(main))
    }
}
