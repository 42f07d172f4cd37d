import DocGenModel

/// Renders one content page: prose from cmark-gfm (tables in a focusable scrolling box), headings with anchors, cells
/// from `CellRenderer` with their timelines and complete outcome tables placed in files of their own (`PageFigures`).
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
        var figures = PageFigures(page: page.document.page, pageFile: page.fileName)
        var tables = 0
        html.write(SiteLayout.head(title: page.document.title, current: page.document.page, pages: pages))
        for block in page.document.blocks {
            switch block {
            case .prose(let prose):
                html.write(focusableCode(scrollableTables(prose, count: &tables)))
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
                    CellRenderer.render(view, figures: &figures).write(to: &html)
                } else {
                    HTMLNode.group([
                        .tag(
                            "pre", ["tabindex": "0", "role": "group", "aria-label": "Code"],
                            .tag(
                                "code", ["class": "language-python"],
                                .raw(SyntaxHighlighter.html(cell.source, language: "python")))),
                        .newline,
                    ]).write(to: &html)
                }
            }
        }
        html.write(SiteLayout.tail)
        return figures.files
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
