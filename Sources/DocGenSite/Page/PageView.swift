import DocGenModel

/// One page to render: its document and the views of its cells, by cell id; or a page kept as the last build made it.
package struct PageView: Sendable, Equatable {
    package var document: Document
    package var cells: [String: CellView]
    /// True for a page made from the same inputs as the last build's, whose files are still as that build left them
    /// (`PageInputs`): nothing of it was run or decoded, so it has no cell views; its files and search-index rows are
    /// kept, and every cell of it completed as its options expect (only such pages are kept).
    package var isKept: Bool

    package init(document: Document, cells: [String: CellView], isKept: Bool = false) {
        self.document = document
        self.cells = cells
        self.isKept = isKept
    }

    /// The page's file in the site (`threading-tutorial.html`).
    package var fileName: String { document.page + ".html" }

    /// The page as a Jupyter notebook (`threading-tutorial.ipynb`), linked from the page.
    package var notebookFileName: String { document.page + ".ipynb" }
}
