import DocGenModel

/// Renders one content page: prose from cmark-gfm (its tables in a focusable scrolling box, its code blocks focusable),
/// headings with anchors, cells from `CellRenderer` with their timelines and complete outcome tables placed in files of
/// their own (`PageFigures`).
enum PageRenderer {

    /// The page's HTML and the files it links to (site path → text).
    static func render(_ page: PageView, pages: [PageView]) -> (html: String, files: [String: String]) {
        var html = ""
        let files = render(page, pages: pages, to: &html)
        return (html, files)
    }

    /// Writes the page's HTML to `html` block by block (a long page is never held whole) and returns the files it
    /// links to (site path → text).
    static func render(
        _ page: PageView, pages: [PageView], to html: inout some TextOutputStream, fragments: CellFragment.Sink? = nil
    ) -> [String: String] {
        var figures = PageFigures(page: page.document.page, pageFile: page.fileName)
        var tables = 0
        SiteLayout.head(title: page.document.title, current: page.document.page, pages: pages).write(to: &html)
        for block in page.document.blocks {
            switch block {
            case .prose(let prose):
                for piece in prose.pieces { node(piece, tables: &tables).write(to: &html) }
            case .heading(let heading):
                HTMLNode.group([
                    .tag(
                        "h\(heading.level)", ["id": heading.slug], .raw(heading.innerHTML),
                        .tag(
                            "a", ["class": "anchor", "href": "#" + heading.slug, "aria-label": "Link to this section"],
                            .text("#"))),
                    .newline,
                ]).write(to: &html)
            case .cell(let cell):
                if let view = page.cells[cell.id] {
                    let fragment =
                        view.fragment ?? CellFragment.render(view, page: page.document.page, pageFile: page.fileName)
                    html.write(fragment.html(swiftPath: view.swiftPath))
                    figures.add(fragment.files)
                    if view.fragment == nil, fragment.isKeepable, let key = view.fragmentKey {
                        fragments?(view, key, fragment)
                    }
                } else {
                    HTMLNode.group([
                        .tag(
                            "pre", ["tabindex": "0", "role": "group", "aria-label": "Code"],
                            .tag(
                                "code", ["class": "language-python"],
                                SyntaxHighlighter.node(cell.source, language: "python"))),
                        .newline,
                    ]).write(to: &html)
                }
            }
        }
        SiteLayout.tail.write(to: &html)
        return figures.files
    }

    /// A piece of prose drawn by its kind: a code block in a pane reachable by keyboard and named; a table in a box
    /// that scrolls sideways on narrow screens, reachable by keyboard and numbered on the page.
    private static func node(_ piece: ProsePiece, tables: inout Int) -> HTMLNode {
        switch piece {
        case .markup(let html):
            return .raw(html)
        case .code(let code):
            return .group([
                .tag("pre", ["tabindex": "0", "role": "group", "aria-label": "Code"], .raw(code)), .newline,
            ])
        case .table(let table):
            tables += 1
            return .group([
                .tag(
                    "div", ["class": "table-box", "tabindex": "0", "role": "group", "aria-label": "Table \(tables)"],
                    .raw(table)),
                .newline,
            ])
        }
    }
}
