/// A cell's Swift scenario as its author wrote it: the file `content/<page>/<cell>.swift`, or a fenced `swift` block
/// right after the cell's Python block.
package struct ScenarioSource: Sendable, Equatable, Hashable {
    /// The Swift text.
    package var text: String
    /// The file it was read from, as the content folder was given (`content/page/cell.swift`, or `content/page.md`
    /// for an inline block): compile errors and the page name it.
    package var path: String
    /// The line of `path` on which `text` starts (1 for a scenario file).
    package var firstLine: Int
    /// True when the scenario is a fenced block inside the Markdown page rather than a file of its own.
    package var isInline: Bool

    /// A scenario file (`firstLine` 1), or with `inline`, a block of the page `path` starting at `firstLine`.
    package init(text: String, path: String, firstLine: Int = 1, inline: Bool = false) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
        self.isInline = inline
    }

    /// How the page and `docgen list` name it: `content/page/cell.swift`, or `content/page.md:12` for a block.
    package var displayName: String { isInline ? "\(path):\(firstLine)" : path }
}
