import DocGenModel

/// The frame shared by every page: head, sidebar with the page list and the current page's table of contents, and a
/// toolbar (search, the page's notebook, the Swift toggle) above the content.
enum SiteLayout {
    /// Set before the page is drawn, so a reader who hid the Swift sources never sees them flash (`SiteScript`).
    static let hideSwiftKey = "docgen-hide-swift"

    static func page(title: String, current: String?, pages: [PageView], main: String) -> String {
        head(title: title, current: current, pages: pages) + main + tail
    }

    /// A page's HTML before its content (`main`), so a long page can be written piece by piece.
    static func head(title: String, current: String?, pages: [PageView]) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="docgen \(DocGenVersion.string)">
        <title>\(title.htmlEscaped)</title>
        <link rel="stylesheet" href="assets/docgen.css">
        <script>try{if(localStorage.getItem("\(hideSwiftKey)")==="1")\
        document.documentElement.classList.add("no-swift")}catch(e){}</script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <div class="layout">
        \(sidebar(current: current, pages: pages))<main id="main">
        \(toolbar(current: current, pages: pages))\(narrowContents(current: current, pages: pages))
        """
    }

    /// A page's HTML after its content.
    static let tail = """
        </main>
        </div>
        <script src="assets/docgen.js"></script>
        </body>
        </html>

        """

    /// Search (shown by the script, which loads the index on first use), the notebook download and the Swift toggle.
    private static func toolbar(current: String?, pages: [PageView]) -> String {
        var html =
            "<div class=\"toolbar\">\n<form class=\"search\" role=\"search\" hidden>"
            + "<input type=\"search\" id=\"search\" placeholder=\"Search\" aria-label=\"Search all pages\" "
            + "autocomplete=\"off\"><ul class=\"search-results\" aria-live=\"polite\"></ul></form>\n"
        if let page = pages.first(where: { $0.document.page == current }) {
            html +=
                "<a class=\"notebook\" href=\"\(page.notebookFileName.htmlEscaped)\" download>"
                + "Download notebook (.ipynb)</a>\n"
            if !page.cells.isEmpty {
                html += "<label class=\"swift-toggle\" hidden><input type=\"checkbox\" id=\"show-swift\" checked> "
                html += "Show Swift</label>\n"
            }
        }
        return html + "</div>\n"
    }

    private static func sidebar(current: String?, pages: [PageView]) -> String {
        var html =
            "<nav class=\"sidebar\" aria-label=\"Site\">\n<p class=\"home\"><a href=\"index.html\""
            + (current == nil ? " aria-current=\"page\"" : "") + ">All pages</a></p>\n<ul class=\"pages\">\n"
        for page in pages {
            let isCurrent = page.document.page == current
            html +=
                "<li><a href=\"\(page.fileName.htmlEscaped)\"" + (isCurrent ? " aria-current=\"page\"" : "")
                + ">\(page.document.title.htmlEscaped)</a>"
            if isCurrent { html += toc(contents(of: page.document)) }
            html += "</li>\n"
        }
        return html + "</ul>\n</nav>\n"
    }

    /// On small screens the sidebar shows only the page list; the page's contents fold into a box above it.
    private static func narrowContents(current: String?, pages: [PageView]) -> String {
        guard let page = pages.first(where: { $0.document.page == current }) else { return "" }
        let nodes = contents(of: page.document)
        guard !nodes.isEmpty else { return "" }
        return "<details class=\"narrow-toc\"><summary>On this page</summary>" + toc(nodes) + "</details>\n"
    }

    /// The heading tree, without the page's single top heading when it only repeats the title.
    private static func contents(of document: Document) -> [HeadingNode] {
        let tree = document.headingTree
        if tree.count == 1, tree[0].heading.level == 1, tree[0].heading.text == document.title {
            return tree[0].children
        }
        return tree
    }

    private static func toc(_ nodes: [HeadingNode]) -> String {
        guard !nodes.isEmpty else { return "" }
        var html = "<ul class=\"toc\">"
        for node in nodes {
            html +=
                "<li><a href=\"#\(node.heading.slug.htmlEscaped)\">\(node.heading.text.htmlEscaped)</a>"
                + toc(node.children) + "</li>"
        }
        return html + "</ul>"
    }
}
