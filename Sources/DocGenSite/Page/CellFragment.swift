/// What one cell adds to its page's files, as rendered: its HTML (the `<section class="cell">` and the line break
/// after it) and the files it links to (timeline drawings, a complete outcome table: site path → text). A build keeps
/// it in the cache under the key of everything it is rendered from (`CellFragmentCache`), so a page edited around
/// unchanged cells splices their fragments instead of decoding their explorations and rendering them again.
///
/// The HTML is kept in pieces around the one place that shows where the cell's Swift scenario is
/// (`CellView.swiftPath`): a translated cell's names its line on the page, which prose added above it moves, so the
/// same fragment serves the cell wherever it is (`html(swiftPath:)`). The bytes are exactly those `CellRenderer`
/// writes for the same view: escaping is done character by character, so the escaped name between the pieces is what
/// escaping the caption whole gives.
package struct CellFragment: Sendable, Equatable {
    /// Told of each cell rendered now that has a `CellView.fragmentKey`: the view, that key and its rendering.
    package typealias Sink = (CellView, String, CellFragment) -> Void

    /// The HTML before and after each place the Swift scenario's name goes (two pieces: it goes in one place).
    package var pieces: [String]
    /// Site path → text, for the page's figures folder (`PageFigures`).
    package var files: [String: String]

    package init(pieces: [String], files: [String: String] = [:]) {
        self.pieces = pieces
        self.files = files
    }

    /// The HTML, showing the cell's Swift scenario as `swiftPath`.
    func html(swiftPath: String) -> String {
        pieces.joined(separator: HTMLEscaping.escape(swiftPath))
    }

    /// Stands for the scenario's name while a fragment is rendered: private-use characters, which escaping leaves as
    /// they are and no page or cell has reason to hold.
    static let swiftPathSlot = "\u{E000}docgen swift path\u{E000}"

    /// True when the fragment has the scenario's name in exactly one place, so it can be kept and used again under
    /// another name (`html(swiftPath:)`).
    package var isKeepable: Bool { pieces.count == 2 }

    /// The fragment of `view` on `page` (whose file is `pageFile`), rendered now; one piece, not keepable, when the
    /// HTML does not hold the scenario's name in exactly one place.
    static func render(_ view: CellView, page: String, pageFile: String) -> CellFragment {
        var figures = PageFigures(page: page, pageFile: pageFile)
        var slotted = view
        slotted.swiftPath = swiftPathSlot
        let pieces = CellRenderer.render(slotted, figures: &figures).html.components(separatedBy: swiftPathSlot)
        if pieces.count == 2, !view.swiftPath.contains(swiftPathSlot) {
            return CellFragment(pieces: pieces, files: figures.files)
        }
        figures = PageFigures(page: page, pageFile: pageFile)
        let html = CellRenderer.render(view, figures: &figures).html
        return CellFragment(pieces: [html], files: figures.files)
    }
}
