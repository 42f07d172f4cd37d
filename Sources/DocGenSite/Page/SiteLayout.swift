import DocGenModel

/// The frame shared by every page: head, sidebar with the page list and the current page's table of contents, and a
/// toolbar (search, the page's notebook, the Swift toggle) above the content.
enum SiteLayout {
    /// Read before the page is drawn, so hidden Swift sources never flash (`SiteScript` writes it): "1" when the
    /// reader hid them, "0" when the reader showed them, absent when the reader never used the switch — then the
    /// page's own default holds (`data-swift="hidden"` on `<html>` for `<!-- docgen-page: swift=hidden -->`).
    static let hideSwiftKey = "docgen-hide-swift"

    static func page(title: String, current: String?, pages: [PageView], main: HTMLNode) -> String {
        var html = ""
        head(title: title, current: current, pages: pages).write(to: &html)
        main.write(to: &html)
        tail.write(to: &html)
        return html
    }

    /// A page's HTML before its content, so a long page can be written piece by piece; `tail` closes what it opens.
    static func head(title: String, current: String?, pages: [PageView]) -> HTMLNode {
        let swiftHidden = pages.first { $0.document.page == current }?.document.options.swiftHidden ?? false
        return .group([
            .doctype, .newline, .open("html", swiftHidden ? ["lang": "en", "data-swift": "hidden"] : ["lang": "en"]),
            .newline,
            .tag(
                "head", [:], .newline,
                .void("meta", ["charset": "utf-8"]), .newline,
                .void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]), .newline,
                .void("meta", ["name": "generator", "content": "docgen \(DocGenVersion.string)"]), .newline,
                .tag("title", [:], .text(title)), .newline,
                .void("link", ["rel": "stylesheet", "href": "assets/docgen.css"]), .newline,
                .tag(
                    "script", [:],
                    .raw(
                        "(function(){var root=document.documentElement,hide=null;"
                            + "try{hide=localStorage.getItem(\"\(hideSwiftKey)\")}catch(e){}"
                            + "if(hide===\"1\"||(hide===null&&root.dataset.swift===\"hidden\"))"
                            + "root.classList.add(\"no-swift\")})()")),
                .newline),
            .newline, .open("body"), .newline,
            .tag("a", ["class": "skip", "href": "#main"], .text("Skip to content")), .newline,
            .open("div", ["class": "layout"]), .newline,
            sidebar(current: current, pages: pages),
            .open("main", ["id": "main"]), .newline,
            toolbar(current: current, pages: pages), narrowContents(current: current, pages: pages),
        ])
    }

    /// A page's HTML after its content: it closes what `head` opened.
    static let tail = HTMLNode.group([
        .close("main"), .newline, .close("div"), .newline, .tag("script", ["src": "assets/docgen.js"]), .newline,
        .close("body"), .newline, .close("html"), .newline,
    ])

    /// Search (shown by the script, which loads the index on first use), the notebook download and the Swift toggle.
    private static func toolbar(current: String?, pages: [PageView]) -> HTMLNode {
        var nodes: [HTMLNode] = [
            .newline,
            .tag(
                "form", ["class": "search", "role": "search", "hidden": nil],
                .void(
                    "input",
                    [
                        "type": "search", "id": "search", "placeholder": "Search", "aria-label": "Search all pages",
                        "autocomplete": "off",
                    ]),
                .tag("ul", ["class": "search-results", "aria-live": "polite"])),
            .newline,
        ]
        if let page = pages.first(where: { $0.document.page == current }) {
            nodes += [
                .tag(
                    "a", ["class": "notebook", "href": page.notebookFileName, "download": nil],
                    .text("Download notebook (.ipynb)")),
                .newline,
            ]
            if !page.cells.isEmpty {
                nodes += [
                    .tag(
                        "label", ["class": "swift-toggle", "hidden": nil],
                        .void("input", ["type": "checkbox", "id": "show-swift", "checked": nil]), .text(" Show Swift")),
                    .newline,
                ]
            }
        }
        return .group([.tag("div", ["class": "toolbar"], children: nodes), .newline])
    }

    private static func sidebar(current: String?, pages: [PageView]) -> HTMLNode {
        let home: HTMLNode =
            current == nil
            ? .tag("a", ["href": "index.html", "aria-current": "page"], .text("All pages"))
            : .tag("a", ["href": "index.html"], .text("All pages"))
        var items: [HTMLNode] = [.newline]
        for page in pages {
            let isCurrent = page.document.page == current
            let link: HTMLNode =
                isCurrent
                ? .tag("a", ["href": page.fileName, "aria-current": "page"], .text(page.document.title))
                : .tag("a", ["href": page.fileName], .text(page.document.title))
            items += [.tag("li", [:], link, isCurrent ? toc(contents(of: page.document)) : .group([])), .newline]
        }
        return .group([
            .tag(
                "nav", ["class": "sidebar", "aria-label": "Site"], .newline, .tag("p", ["class": "home"], home),
                .newline, .tag("ul", ["class": "pages"], children: items), .newline),
            .newline,
        ])
    }

    /// On small screens the sidebar shows only the page list; the page's contents fold into a box above it.
    private static func narrowContents(current: String?, pages: [PageView]) -> HTMLNode {
        guard let page = pages.first(where: { $0.document.page == current }) else { return .group([]) }
        let nodes = contents(of: page.document)
        guard !nodes.isEmpty else { return .group([]) }
        return .group([
            .tag("details", ["class": "narrow-toc"], .tag("summary", [:], .text("On this page")), toc(nodes)), .newline,
        ])
    }

    /// The heading tree, without the page's single top heading when it only repeats the title.
    private static func contents(of document: Document) -> [HeadingNode] {
        let tree = document.headingTree
        if tree.count == 1, tree[0].heading.level == 1, tree[0].heading.text == document.title {
            return tree[0].children
        }
        return tree
    }

    private static func toc(_ nodes: [HeadingNode]) -> HTMLNode {
        guard !nodes.isEmpty else { return .group([]) }
        return .tag(
            "ul", ["class": "toc"],
            children: nodes.map { node in
                .tag(
                    "li", [:], .tag("a", ["href": "#" + node.heading.slug], .text(node.heading.text)),
                    toc(node.children))
            })
    }
}
