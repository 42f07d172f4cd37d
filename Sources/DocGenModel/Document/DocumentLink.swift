/// A link written in a page's Markdown (`[text](#anchor)`), located by the line of the block that contains it.
package struct DocumentLink: Sendable, Equatable {
    /// The destination exactly as written.
    package var destination: String
    /// The 1-based line of the enclosing block in the Markdown file.
    package var line: Int

    package init(destination: String, line: Int) {
        self.destination = destination
        self.line = line
    }
}

/// Links between content pages: `other.md#x` in Markdown is `other.html#x` on the site.
package enum PageLink {
    /// The site destination for a relative link to a Markdown page, or `nil` when the link needs no change.
    package static func htmlDestination(for destination: String) -> String? {
        if let colon = destination.firstIndex(of: ":"), !destination[..<colon].contains("/") { return nil }
        let parts = destination.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts[0].hasSuffix(".md") else { return nil }
        let page = parts[0].dropLast(3) + ".html"
        return parts.count > 1 ? page + "#" + parts[1] : String(page)
    }
}
