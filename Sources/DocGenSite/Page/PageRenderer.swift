import DocGenModel

/// Renders one content page: prose from cmark-gfm (tables in a focusable scrolling box), headings with anchors, cells
/// from `CellRenderer` with their timelines moved to files loaded when opened (`LazyFigures`) and the complete outcome
/// tables of cells with many outputs moved to pages of their own (`LazyTables`).
enum PageRenderer {
    /// The page's HTML and the files it links to (site path → text).
    static func render(_ page: PageView, pages: [PageView]) -> (html: String, files: [String: String]) {
        var html = ""
        let files = render(page, pages: pages, to: &html)
        return (html, files)
    }

    /// Writes the page's HTML to `html` block by block (a long page is never held whole) and returns the files it
    /// links to (site path → text).
    static func render(_ page: PageView, pages: [PageView], to html: inout some TextOutputStream) -> [String: String] {
        var figures = LazyFigures(page: page.document.page)
        var outcomes = LazyTables(page: page.document.page, pageFile: page.fileName)
        var tables = 0
        html.write(SiteLayout.head(title: page.document.title, current: page.document.page, pages: pages))
        for block in page.document.blocks {
            switch block {
            case .prose(let prose):
                html.write(focusableCode(scrollableTables(prose, count: &tables)))
            case .heading(let heading):
                html.write(
                    "<h\(heading.level) id=\"\(heading.slug.htmlEscaped)\">\(heading.innerHTML)"
                        + "<a class=\"anchor\" href=\"#\(heading.slug.htmlEscaped)\" aria-label=\"Link to this section\">"
                        + "#</a></h\(heading.level)>\n")
            case .cell(let cell):
                if let view = page.cells[cell.id] {
                    let anchor = Document.cellAnchor(cell.id)
                    html.write(outcomes.fold(figures.fold(CellRenderer.render(view), cell: anchor), cell: anchor))
                } else {
                    html.write(
                        "<pre \(codePane)><code class=\"language-python\">"
                            + "\(SyntaxHighlighter.html(cell.source, language: "python"))</code></pre>\n")
                }
            }
        }
        html.write(SiteLayout.tail)
        return figures.files.merging(outcomes.files) { figure, _ in figure }
    }

    /// A code block outside a cell scrolls too: reachable by keyboard and named.
    private static let codePane = "tabindex=\"0\" role=\"group\" aria-label=\"Code\""

    /// cmark-gfm's code blocks (`<pre><code…>`) made focusable panes.
    private static func focusableCode(_ html: String) -> String {
        html.replacingOccurrences(of: "<pre><code", with: "<pre \(codePane)><code")
    }

    /// Each table of cmark-gfm's HTML in a box that scrolls sideways on narrow screens, reachable by keyboard.
    private static func scrollableTables(_ html: String, count: inout Int) -> String {
        guard html.contains("<table>") else { return html }
        var result = ""
        for (index, piece) in html.components(separatedBy: "<table>").enumerated() {
            if index > 0 {
                count += 1
                result +=
                    "<div class=\"table-box\" tabindex=\"0\" role=\"group\" aria-label=\"Table \(count)\"><table>"
            }
            result += piece.replacingOccurrences(of: "</table>", with: "</table></div>")
        }
        return result
    }
}
