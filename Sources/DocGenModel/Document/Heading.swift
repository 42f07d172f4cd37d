/// A Markdown heading with its GitHub-style anchor.
package struct Heading: Sendable, Equatable {
    /// 1 for `#`, 2 for `##`, …
    package var level: Int
    /// The heading's plain text (`start()`), as used for its slug.
    package var text: String
    /// The heading's HTML id, unique within the page (`start`, `example-2`).
    package var slug: String
    /// The heading's inline content rendered by cmark-gfm (emphasis and code kept).
    package var innerHTML: String
    /// The 1-based line of the heading in its Markdown file.
    package var line: Int

    package init(level: Int, text: String, slug: String, innerHTML: String, line: Int) {
        self.level = level
        self.text = text
        self.slug = slug
        self.innerHTML = innerHTML
        self.line = line
    }
}
