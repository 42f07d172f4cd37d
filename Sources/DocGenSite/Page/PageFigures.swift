import DocGenModel

/// The files a page links to instead of carrying them, in its folder `<page>-figures`: each timeline drawing
/// (`TimelineFigure`) as a standalone SVG, left as a link that the page's script turns into the drawing when its fold
/// is open (`SiteScript`; without the script the link still opens the drawing), and the complete outcome table of a
/// cell with many possible outputs as a page of its own (the site's stylesheet and script linked, so its replay
/// commands copy too). So a page's first load carries only the timelines a reader opens and a bounded share of every
/// table. Files are named by page, cell and position, so the same page gives the same files.
struct PageFigures {
    /// The folder of the page's drawings and tables, inside the site (`threading-tutorial-figures`).
    let folder: String
    /// The page's file, for the way back (`threading-tutorial.html`).
    let pageFile: String
    /// Site path → file text.
    private(set) var files: [String: String] = [:]
    /// The number of drawings placed so far for each cell, by anchor.
    private var drawings: [String: Int] = [:]

    init(page: String, pageFile: String) {
        folder = page + "-figures"
        self.pageFile = pageFile
    }

    /// Adds files placed for one cell by another `PageFigures` of the same page (a cell's `CellFragment`).
    mutating func add(_ placed: [String: String]) {
        files.merge(placed) { _, new in new }
    }

    /// Puts `figure` of the cell `anchor` into `<folder>/<anchor>-<n>.svg` (n counts the cell's drawings from 1) and
    /// returns the link that stands for it, named by the drawing's title and carrying its size for the script.
    mutating func link(to figure: TimelineFigure, cell anchor: String) -> HTMLNode {
        let number = drawings[anchor, default: 0] + 1
        drawings[anchor] = number
        let path = "\(folder)/\(anchor)-\(number).svg"
        let drawing = figure.drawing()
        files[path] = drawing.svg
        return .tag(
            "a", ["class": "dg-figure", "href": path, "data-width": drawing.width, "data-height": drawing.height],
            .text(drawing.title + " (SVG)"))
    }

    /// Puts the complete outcome table of the cell `anchor` (`body`, headed by `title`) into
    /// `<folder>/<anchor>-outcomes.html` and returns its path, for the link to it.
    mutating func page(title: String, body: HTMLNode, cell anchor: String) -> String {
        let path = "\(folder)/\(anchor)-outcomes.html"
        let page = HTMLNode.group([
            .doctype, .newline,
            .tag(
                "html", ["lang": "en"], .newline,
                .tag(
                    "head", [:], .newline,
                    .void("meta", ["charset": "utf-8"]), .newline,
                    .void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"]), .newline,
                    .void("meta", ["name": "generator", "content": "docgen \(DocGenVersion.string)"]), .newline,
                    .tag("title", [:], .text(title)), .newline,
                    .void("link", ["rel": "stylesheet", "href": "../assets/docgen.css"]), .newline),
                .newline,
                .tag(
                    "body", [:], .newline,
                    .tag(
                        "main", ["id": "main", "class": "dg-complete"], .newline,
                        .tag("p", [:], .tag("a", ["href": "../\(pageFile)#\(anchor)"], .text("Back to the page"))),
                        .newline, .tag("h1", [:], .text(title)), .newline, body),
                    .newline, .tag("script", ["src": "../assets/docgen.js"]), .newline),
                .newline),
            .newline,
        ])
        files[path] = page.html
        return path
    }
}
