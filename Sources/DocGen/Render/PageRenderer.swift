/// Renders one content page: prose from cmark-gfm, headings with anchors, cells from `CellRenderer`.
enum PageRenderer {
    static func render(_ page: PageView, pages: [PageView]) -> String {
        var main = ""
        for block in page.document.blocks {
            switch block {
            case .prose(let html):
                main += html
            case .heading(let heading):
                main +=
                    "<h\(heading.level) id=\"\(heading.slug.htmlEscaped)\">\(heading.innerHTML)"
                    + "<a class=\"anchor\" href=\"#\(heading.slug.htmlEscaped)\" aria-label=\"Link to this section\">"
                    + "#</a></h\(heading.level)>\n"
            case .cell(let cell):
                if let view = page.cells[cell.id] {
                    main += CellRenderer.render(view)
                } else {
                    main += "<pre><code class=\"language-python\">\(cell.source.htmlEscaped)</code></pre>\n"
                }
            }
        }
        return SiteLayout.page(title: page.document.title, current: page.document.page, pages: pages, main: main)
    }
}
