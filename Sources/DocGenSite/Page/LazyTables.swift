import DocGenModel

/// Takes the complete outcome table of a cell with many possible outputs out of its page: `OutcomeTableHTML` shows the
/// most frequent rows and leaves the complete table between `start` and `end` markers, after a link to
/// `referenceHref`; this moves it into a page of its own, `<page>-figures/<anchor>-outcomes.html` (the site's
/// stylesheet and script linked, so its replay commands copy too), and points the link there. So a page's first load
/// carries a bounded share of every table however many outputs a search finds. Named by page and cell, so the same
/// page gives the same files.
struct LazyTables {
    /// The folder of the page's drawings and tables, inside the site (`threading-tutorial-figures`).
    let folder: String
    /// The page's file, for the way back (`threading-tutorial.html`).
    let pageFile: String
    /// Site path → standalone HTML page.
    private(set) var files: [String: String] = [:]

    /// Opens the complete table in a cell's fragment (an HTML comment, which no escaped text can contain).
    static let start = "<!--docgen-complete-table-->"
    /// Closes it.
    static let end = "<!--/docgen-complete-table-->"
    /// The link to the complete table, before `start`; replaced by the path of the table's page.
    static let referenceHref = "href=\"#docgen-complete-table\""

    init(page: String, pageFile: String) {
        folder = page + "-figures"
        self.pageFile = pageFile
    }

    /// `html` (one cell, anchor `anchor`) with its complete table moved to `<folder>/<anchor>-outcomes.html`.
    mutating func fold(_ html: String, cell anchor: String) -> String {
        guard let open = html.range(of: Self.start), let close = html[open.upperBound...].range(of: Self.end)
        else { return html }
        let path = "\(folder)/\(anchor)-outcomes.html"
        files[path] = standalone(String(html[open.upperBound..<close.lowerBound]), anchor: anchor)
        let before = html[..<open.lowerBound].replacingOccurrences(
            of: Self.referenceHref, with: "href=\"\(path.htmlEscaped)\"")
        return before + html[close.upperBound...]
    }

    /// The table as a page of its own, one folder down from the site's root.
    private func standalone(_ body: String, anchor: String) -> String {
        let title = between("<h1>", "</h1>", in: body) ?? "Possible outputs"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="docgen \(DocGenVersion.string)">
            <title>\(title)</title>
            <link rel="stylesheet" href="../assets/docgen.css">
            </head>
            <body>
            <main id="main" class="dg-complete">
            <p><a href="../\(pageFile.htmlEscaped)#\(anchor.htmlEscaped)">Back to the page</a></p>
            \(body)</main>
            <script src="../assets/docgen.js"></script>
            </body>
            </html>

            """
    }

    /// The (already escaped) text between the first `start` and the `end` after it.
    private func between(_ start: String, _ end: String, in text: String) -> String? {
        guard let from = text.range(of: start), let to = text[from.upperBound...].range(of: end) else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }
}
