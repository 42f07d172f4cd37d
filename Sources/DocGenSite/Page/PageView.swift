/// One page to render: its document and the views of its cells, by cell id.
public struct PageView: Sendable, Equatable {
    public var document: Document
    public var cells: [String: CellView]

    public init(document: Document, cells: [String: CellView]) {
        self.document = document
        self.cells = cells
    }

    /// The page's file in the site (`threading-tutorial.html`).
    public var fileName: String { document.page + ".html" }

    /// The page as a Jupyter notebook (`threading-tutorial.ipynb`), linked from the page.
    public var notebookFileName: String { document.page + ".ipynb" }
}
