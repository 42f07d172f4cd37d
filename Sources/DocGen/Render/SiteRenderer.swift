/// Render stage: pages in, site files out (path inside the site → bytes). Pure: no clock, no randomness, sorted
/// output, so the same input gives the same bytes.
public enum SiteRenderer {
    /// Marks a folder as written by docgen, so a later build may replace it.
    public static let markerFile = ".docgen-site"

    /// Every file of the site for `pages`: `index.html`, each page as HTML (its timelines as SVG files beside it) and
    /// as a notebook (`.ipynb`, its Markdown cells cut from `markdown[page]`, the page's Markdown source, when given),
    /// the stylesheet, the script and the search index.
    public static func render(_ pages: [PageView], markdown: [String: String] = [:]) -> [String: [UInt8]] {
        let sorted = pages.sorted { $0.document.page < $1.document.page }
        var files: [String: [UInt8]] = [:]
        files["assets/docgen.css"] = Array(Stylesheet.css.utf8)
        files["assets/docgen.js"] = Array(SiteScript.javascript.utf8)
        files[SearchIndex.path] = Array(SearchIndex.javascript(sorted).utf8)
        files[markerFile] = Array("Written by docgen \(DocGenVersion.string); replaced on every build.\n".utf8)
        files["index.html"] = Array(IndexRenderer.render(sorted).utf8)
        for page in sorted {
            let (html, figures) = PageRenderer.render(page, pages: sorted)
            files[page.fileName] = Array(html.utf8)
            for (path, svg) in figures { files[path] = Array(svg.utf8) }
            files[page.notebookFileName] = Array(
                NotebookRenderer.render(page, markdown: markdown[page.document.page]).utf8)
        }
        return files
    }

    /// Internal links and anchors that point nowhere.
    public static func brokenLinks(in pages: [PageView], contentFiles: Set<String> = []) -> [LinkIssue] {
        LinkChecker.check(pages, contentFiles: contentFiles)
    }
}
