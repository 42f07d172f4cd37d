import DocGenModel
import Foundation

/// Checks every internal link of the pages: `#anchor`, `page.md`, `page.md#anchor` (and `.html`). Links with a
/// scheme (`https:`, `mailto:`) are external and not checked; other relative files must exist in the content folder.
enum LinkChecker {
    static func check(_ pages: [PageView], contentFiles: Set<String> = []) -> [LinkIssue] {
        var anchors: [String: Set<String>] = [:]
        for page in pages { anchors[page.document.page] = self.anchors(of: page.document) }
        anchors["index"] = []
        var issues: [LinkIssue] = []
        for page in pages {
            for link in page.document.links {
                if let reason = problem(
                    link.destination, from: page.document.page, anchors: anchors,
                    contentFiles: contentFiles)
                {
                    issues.append(
                        LinkIssue(
                            file: page.document.sourcePath, line: link.line,
                            destination: link.destination, reason: reason))
                }
            }
        }
        return issues
    }

    /// Ids a link can target on the page: heading slugs and cell anchors.
    static func anchors(of document: Document) -> Set<String> {
        Set(document.headings.map(\.slug) + document.cells.map { Document.cellAnchor($0.id) })
    }

    private static func problem(
        _ destination: String, from page: String, anchors: [String: Set<String>], contentFiles: Set<String>
    ) -> String? {
        if destination.isEmpty { return "empty link" }
        if let colon = destination.firstIndex(of: ":"), !destination[..<colon].contains("/"),
            !destination[..<colon].contains("#")
        {
            return nil
        }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let file = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : nil
        var target = page
        if !file.isEmpty {
            let name = file.hasPrefix("./") ? String(file.dropFirst(2)) : file
            if name.hasSuffix(".md") || name.hasSuffix(".html") {
                target = String(name.prefix(upTo: name.lastIndex(of: ".")!))
                guard anchors[target] != nil else { return "no page '\(name)' in the content folder" }
            } else {
                return contentFiles.contains(name) ? nil : "no file '\(name)' in the content folder"
            }
        }
        guard let fragment, !fragment.isEmpty else { return nil }
        let decoded = fragment.removingPercentEncoding ?? fragment
        if anchors[target]?.contains(decoded) == true { return nil }
        return "page '\(target)' has no heading or cell with anchor '\(decoded)'"
    }
}
