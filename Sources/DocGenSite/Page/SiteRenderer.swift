import DocGenModel

/// Render stage: pages in, site files out (path inside the site → bytes). Pure: no clock, no randomness, sorted
/// output, so the same input gives the same bytes.
package enum SiteRenderer {
    /// Marks a folder as written by docgen, so a later build may replace it.
    package static let markerFile = ".docgen-site"

    /// The marker file's text.
    package static let marker = Array("Written by docgen \(DocGenVersion.string); replaced on every build.\n".utf8)

    /// Every file of the site for `pages`: `index.html`, each page as HTML (its timelines as SVG files beside it) and
    /// as a notebook (`.ipynb`, its Markdown cells cut from `markdown[page]`, the page's Markdown source, when given),
    /// the stylesheet, the script and the search index.
    package static func render(_ pages: [PageView], markdown: [String: String] = [:]) -> [String: [UInt8]] {
        var site = SiteFileCollection()
        do {
            try site.add(markerFile, bytes: marker)
            try write(pages, markdown: { markdown[$0] }, to: &site)
        } catch {
            preconditionFailure("a file kept in memory cannot fail: \(error)")
        }
        return site.files
    }

    /// Adds every file of `render` but the marker to `site`, one at a time (each page's HTML, figures and notebook are
    /// made only when written, then dropped). `markdown(page)` gives a page's Markdown source, read when needed. A cell
    /// with a `CellView.fragment` is spliced in as it is; each cell rendered now with a `CellView.fragmentKey` is
    /// handed to `fragments`, to be kept for the next build. A
    /// page with a key in `keys` (what it is made from, `PageInputs`) whose files `site` still has from that key is
    /// not rendered again (`SiteFiles.reuse`), nor are its search-index rows; a kept page (`PageView.isKept`, which
    /// has no cell views to render from) must be.
    ///
    /// - Returns: how many pages were rendered.
    /// - Throws: what `site` throws when it cannot store a file; `RenderError.keptPageChanged` when a kept page's files
    ///   are not as the last build left them.
    @discardableResult
    package static func write(
        _ pages: [PageView], markdown: (String) -> String?, to site: inout some SiteFiles, keys: [String: String] = [:],
        fragments: CellFragment.Sink? = nil
    ) throws(RenderError) -> Int {
        let sorted = pages.sorted { $0.document.page < $1.document.page }
        try site.add("assets/docgen.css", text: Stylesheet.css)
        try site.add("assets/docgen.js", text: SiteScript.javascript)
        try SearchIndex.add(sorted, keys: keys, to: &site)
        try site.add("index.html", text: IndexRenderer.render(sorted))
        var rendered = 0
        for page in sorted {
            let key = keys[page.document.page]
            if let key, site.reuse(page: page.document.page, key: key) { continue }
            guard !page.isKept else { throw .keptPageChanged(page: page.document.page) }
            rendered += 1
            var figures: [String: String] = [:]
            try site.add(page.fileName) {
                figures = PageRenderer.render(page, pages: sorted, to: &$0, fragments: fragments)
            }
            for path in figures.keys.sorted() { try site.add(path, text: figures[path]!) }
            let files = [page.fileName, page.notebookFileName] + figures.keys
            figures = [:]
            let source = markdown(page.document.page)
            try site.add(page.notebookFileName) { NotebookRenderer.write(page, markdown: source, to: &$0) }
            if let key { site.rendered(page: page.document.page, key: key, files: files) }
        }
        return rendered
    }

    /// Internal links and anchors that point nowhere.
    package static func brokenLinks(in pages: [PageView], contentFiles: Set<String> = []) -> [LinkIssue] {
        LinkChecker.check(pages, contentFiles: contentFiles)
    }
}
