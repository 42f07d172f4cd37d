/// The frame shared by every page: head, sidebar with the page list and the current page's table of contents.
enum SiteLayout {
    static func page(title: String, current: String?, pages: [PageView], main: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="docgen \(DocGenVersion.string)">
        <title>\(title.htmlEscaped)</title>
        <link rel="stylesheet" href="assets/docgen.css">
        <link rel="stylesheet" href="assets/highlight-light.css" media="(prefers-color-scheme: light)">
        <link rel="stylesheet" href="assets/highlight-dark.css" media="(prefers-color-scheme: dark)">
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <div class="layout">
        \(sidebar(current: current, pages: pages))<main id="main">
        \(narrowContents(current: current, pages: pages))\(main)</main>
        </div>
        <script src="assets/highlight.min.js"></script>
        <script src="assets/docgen.js"></script>
        </body>
        </html>

        """
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
