import DocGenModel

/// One page to render: its document and the views of its cells, by cell id.
package struct PageView: Sendable, Equatable {
    package var document: Document
    package var cells: [String: CellView]

    package init(document: Document, cells: [String: CellView]) {
        self.document = document
        self.cells = cells
    }

    /// The page's file in the site (`threading-tutorial.html`).
    package var fileName: String { document.page + ".html" }

    /// The page as a Jupyter notebook (`threading-tutorial.ipynb`), linked from the page.
    package var notebookFileName: String { document.page + ".ipynb" }
}
