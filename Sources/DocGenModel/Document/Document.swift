/// One content file, parsed: its title, headings, prose and runnable code cells, in page order.
///
/// Built by `DocumentParser`; every later stage reads this value and never sees cmark-gfm.
package struct Document: Sendable, Equatable {
    /// The page name: the content file's name without `.md` (`threading-tutorial`).
    package var page: String
    /// The content file as given to the parser (used in messages: `content/x.md:12`).
    package var sourcePath: String
    /// The text of the first level-1 heading, or the page name when there is none.
    package var title: String
    /// The page's blocks in order: prose HTML, headings (with anchors) and code cells.
    package var blocks: [DocumentBlock]
    /// Every link written in the Markdown, with the line of the block that holds it.
    package var links: [DocumentLink]
    /// Problems worth telling the author that do not stop the build (e.g. a Python block inside a list, never run).
    package var warnings: [String]
    /// The page's `<!-- docgen-page: … -->` options.
    package var options = PageOptions()

    package init(
        page: String, sourcePath: String, title: String, blocks: [DocumentBlock], links: [DocumentLink],
        warnings: [String] = []
    ) {
        self.page = page
        self.sourcePath = sourcePath
        self.title = title
        self.blocks = blocks
        self.links = links
        self.warnings = warnings
    }

    /// The HTML id of a cell's block on the page (`cell-daemon`).
    package static func cellAnchor(_ cellID: String) -> String { "cell-" + cellID }

    /// The headings, in page order.
    package var headings: [Heading] {
        blocks.compactMap { if case .heading(let heading) = $0 { heading } else { nil } }
    }

    /// The runnable code cells, in page order.
    package var cells: [CodeCell] {
        blocks.compactMap { if case .cell(let cell) = $0 { cell } else { nil } }
    }

    /// The headings nested by level (an `h3` under the `h2` before it), for a table of contents.
    package var headingTree: [HeadingNode] { HeadingNode.tree(of: headings) }
}
