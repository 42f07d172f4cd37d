/// A cell's Swift scenario: as its author wrote it (the file `content/<page>/<cell>.swift`, or a fenced `swift` block
/// right after the cell's Python block), or translated from the cell's Python when it has neither.
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
    /// True when docgen translated it from the cell's Python (`path` is then the page, `firstLine` the Python's).
    package var isTranslated = false
    /// The Swift the page shows; for a translation, `text` without its `#sourceLocation` lines.
    package var shownText: String
    /// Why the cell's Python could not be translated (one line naming the page's line and the way on); the cell then
    /// fails as a compile error does, without running swiftc.
    package var translationFailure: String?
    /// For a translation: the whole Swift without `#sourceLocation` lines, what `docgen new` starts a hand port with.
    package var portText: String?

    /// A scenario file (`firstLine` 1), or with `inline`, a block of the page `path` starting at `firstLine`.
    package init(text: String, path: String, firstLine: Int = 1, inline: Bool = false) {
        self.text = text
        self.path = path
        self.firstLine = firstLine
        self.isInline = inline
        self.shownText = text
    }

    /// The scenario translated from the Python of a cell of page `path` starting at `firstLine`.
    package init(translation: Translation, path: String, firstLine: Int) {
        self.init(text: translation.compiledText, path: path, firstLine: firstLine)
        shownText = translation.shownText
        portText = translation.text
        isTranslated = true
    }

    /// A cell whose Python could not be translated: it fails with `failure`.
    package init(untranslatable failure: String, path: String, firstLine: Int) {
        self.init(text: "", path: path, firstLine: firstLine)
        isTranslated = true
        translationFailure = failure
    }

    /// The line of `path` the compiled scenario calls line 1: `firstLine`, except for a translation, which counts
    /// its lines from the cell's first Python line (so prose added above the cell changes nothing compiled).
    package var compiledFirstLine: Int { isTranslated ? 1 : firstLine }

    /// What the page line of a line the compiled scenario names is more: the cell's runs get it (tracebacks and
    /// warnings then name page lines) and its compile errors are moved by it.
    package var lineOffset: Int { firstLine - compiledFirstLine }

    /// How the page and `docgen list` name it: `content/page/cell.swift`, or `content/page.md:12` for a block.
    package var displayName: String {
        isTranslated ? "\(path):\(firstLine) (translated)" : isInline ? "\(path):\(firstLine)" : path
    }
}
