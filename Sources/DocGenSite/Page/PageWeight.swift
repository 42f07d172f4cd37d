/// The first load of each page against the budget docgen holds its own site to (600 KB, which the browser tests
/// check): the page's HTML with the stylesheet and script every page loads. Figures load lazily, when their fold is
/// opened, so they are not counted; the sum is a lower bound of what a browser fetches.
package enum PageWeight {
    /// Bytes a page may weigh at first load.
    package static let budget = 600 * 1024

    /// A warning for each page over the budget, naming its source file (`sources[page]`).
    package static func warnings(_ pages: [PageView], sizes: [String: Int], sources: [String: String]) -> [String] {
        let shared = (sizes["assets/docgen.css"] ?? 0) + (sizes["assets/docgen.js"] ?? 0)
        return pages.sorted { $0.document.page < $1.document.page }.compactMap { page in
            guard let html = sizes[page.fileName] else { return nil }
            let weight = html + shared
            guard weight > budget else { return nil }
            let source = sources[page.document.page] ?? page.document.page
            return "\(source): \(page.fileName) weighs \(kilobytes(weight)) KB at first load (its HTML, the stylesheet "
                + "and the script), over the \(budget / 1024) KB budget; split the page or move cells to another page"
        }
    }

    private static func kilobytes(_ bytes: Int) -> Int { (bytes + 1023) / 1024 }
}
