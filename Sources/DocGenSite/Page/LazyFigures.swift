/// Takes the timeline drawings (`TimelineSVG`, inlined by decorators) out of a page's cells into standalone SVG files
/// (their stylesheet put back), leaving a link in their place that the page's script turns into the drawing when its
/// fold is open (`SiteScript`), so a page's first load carries only the timelines a reader opens. Without the script
/// the link still opens the drawing. Files are named by page, cell and position, so the same page gives the same files.
struct LazyFigures {
    /// The folder of the page's drawings, inside the site (`threading-tutorial-figures`).
    let folder: String
    /// Site path → standalone SVG.
    private(set) var files: [String: String] = [:]

    init(page: String) {
        folder = page + "-figures"
    }

    private static let open = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dg-timeline\""
    private static let close = "</svg>"

    /// `html` (one cell) with each timeline replaced by a link to its file `<folder>/<anchor>-<n>.svg`.
    mutating func fold(_ html: String, cell anchor: String) -> String {
        var result = ""
        var rest = html[...]
        var number = 0
        while let start = rest.range(of: Self.open), let end = rest[start.upperBound...].range(of: Self.close) {
            result += rest[..<start.lowerBound]
            number += 1
            let svg = String(rest[start.lowerBound..<end.upperBound])
            let path = "\(folder)/\(anchor)-\(number).svg"
            files[path] = Self.standalone(svg)
            result += Self.link(to: path, svg: svg)
            rest = rest[end.upperBound...]
        }
        return result + rest
    }

    /// The drawing as its own document: its stylesheet (left out of inlined timelines) after its title.
    private static func standalone(_ svg: String) -> String {
        let style = "<style>\n" + TimelineSVG.stylesheet + "</style>\n"
        guard let title = svg.range(of: "</title>\n") else { return svg + "\n" }
        return String(svg[..<title.upperBound]) + style + String(svg[title.upperBound...]) + "\n"
    }

    /// A link named by the drawing's title, carrying its size for the script.
    private static func link(to path: String, svg: String) -> String {
        let title = between("<title>", "</title>", in: svg) ?? "Timeline"
        let width = between(" width=\"", "\"", in: svg) ?? "800"
        let height = between(" height=\"", "\"", in: svg) ?? "120"
        return "<a class=\"dg-figure\" href=\"\(path.htmlEscaped)\" data-width=\"\(width)\" data-height=\"\(height)\">"
            + "\(title) (SVG)</a>"
    }

    /// The (already escaped) text between the first `start` and the `end` after it.
    private static func between(_ start: String, _ end: String, in text: String) -> String? {
        guard let from = text.range(of: start), let to = text[from.upperBound...].range(of: end) else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }
}
