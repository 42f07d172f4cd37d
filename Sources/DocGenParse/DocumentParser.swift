import DocGenModel
import Foundation

/// Parse stage: Markdown text in, `Document` out.
///
/// Python code blocks (fenced with no language or `python`/`py`/`python3`, or indented) become cells; a cell's id is
/// the slug of the nearest heading above it, made unique within the page. Other code blocks stay prose.
package enum DocumentParser {
    /// Languages (first word of a fence's info string) whose blocks are run; the empty string is an indented block
    /// or a fence with no language.
    static let cellLanguages: Set<String> = ["", "python", "py", "python3"]

    /// Whether a fenced block with the info string `info` is Swift: right after a cell, it is the cell's scenario.
    static func isScenarioLanguage(info: String) -> Bool {
        String(info.split(separator: " ").first ?? "").lowercased() == "swift"
    }

    /// Whether a code block with the fence info string `info` is Python, i.e. run as a cell (`cellLanguages`).
    static func isCellLanguage(info: String) -> Bool {
        cellLanguages.contains(String(info.split(separator: " ").first ?? "").lowercased())
    }

    /// Parses `markdown`, the content of the file at `sourcePath`, for the page named `page`.
    package static func parse(_ markdown: String, page: String, sourcePath: String) throws(ParseError) -> Document {
        try parse(MarkdownInput(Data(markdown.utf8)), page: page, sourcePath: sourcePath)
    }

    /// The same for a file's bytes (checked by `MarkdownBytes`), which the parser drops once cmark-gfm has read them.
    /// `pieceSize` is how large a piece of the page cmark-gfm parses at once may grow before it is cut.
    package static func parse(
        _ input: MarkdownInput, page: String, sourcePath: String, pieceSize: Int = MarkdownSegments.minimumSize
    ) throws(ParseError) -> Document {
        let tree = CmarkConverter.convert(input, pieceSize: pieceSize)
        var headingSlugs = Slugger()
        var cellIDs = Slugger()
        var blocks: [DocumentBlock] = []
        var title: String?
        var nearestHeading = ""
        var pending: (options: CellOptions, line: Int)?
        var pageOptions: (options: PageOptions, line: Int)?
        var cellLines: [String: Int] = [:]
        // A fenced `swift` block is a cell's scenario only right after the cell's Python block.
        var previousWasCell = false

        for block in tree.blocks {
            let afterCell = previousWasCell
            previousWasCell = false
            if let waiting = pending, !block.isCode {
                throw .danglingOptions(file: sourcePath, line: waiting.line)
            }
            switch block {
            case .heading(let level, let text, let innerHTML, let line):
                let slug = headingSlugs.unique(text, fallback: "section")
                if level == 1, title == nil { title = text }
                nearestHeading = text
                blocks.append(
                    .heading(
                        Heading(
                            level: level, text: text, slug: slug, innerHTML: innerHTML,
                            line: line)))
            case .code(let info, let literal, let prose, let line):
                let options = pending?.options ?? CellOptions()
                let hadOptions = pending != nil
                pending = nil
                if afterCell, !hadOptions, isScenarioLanguage(info: info), case .cell(var cell)? = blocks.last {
                    cell.inlineScenario = InlineScenario(source: literal, firstLine: line + 1)
                    blocks[blocks.count - 1] = .cell(cell)
                    continue
                }
                if isCellLanguage(info: info), !options.skip {
                    let id: String
                    if let pinned = options.id {
                        guard cellIDs.claim(pinned) else {
                            throw .duplicateCellID(
                                file: sourcePath, line: line, id: pinned, firstLine: cellLines[pinned] ?? 0)
                        }
                        id = pinned
                    } else {
                        id = cellIDs.unique(nearestHeading, fallback: "cell", shorten: CellID.shortened)
                    }
                    cellLines[id] = line
                    blocks.append(.cell(CodeCell(id: id, source: literal, line: line, options: options)))
                    previousWasCell = true
                } else {
                    blocks.append(.prose(prose))
                }
            case .html(let literal, let prose, let line):
                if let options = try PageOptions.parse(htmlBlock: literal, file: sourcePath, line: line) {
                    if let earlier = pageOptions {
                        throw .duplicatePageOptions(file: sourcePath, line: line, firstLine: earlier.line)
                    }
                    pageOptions = (options, line)
                } else if let options = try CellOptions.parse(htmlBlock: literal, file: sourcePath, line: line) {
                    pending = (options, line)
                } else {
                    blocks.append(.prose(prose))
                }
            case .other(let prose, _):
                blocks.append(.prose(prose))
            }
        }
        if let waiting = pending { throw .danglingOptions(file: sourcePath, line: waiting.line) }
        var document = Document(
            page: page, sourcePath: sourcePath, title: title ?? page, blocks: merged(blocks),
            links: tree.links, warnings: nestedCodeWarnings(tree, file: sourcePath))
        document.warnings += anchorClashWarnings(document)
        document.options = pageOptions?.options ?? PageOptions()
        return document
    }

    /// A heading whose slug is a cell's anchor (`## Cell daemon` → `cell-daemon`) would give two elements one id.
    private static func anchorClashWarnings(_ document: Document) -> [String] {
        let cellAnchors = Set(document.cells.map { Document.cellAnchor($0.id) })
        return document.headings.filter { cellAnchors.contains($0.slug) }.map {
            "\(document.sourcePath):\($0.line): heading '\($0.text)' has the anchor of cell "
                + "\($0.slug.dropFirst(5))'s block (\($0.slug)); rename the heading"
        }
    }

    /// A Python block inside a list or quote is shown but not run: say so, so it is not mistaken for a cell.
    private static func nestedCodeWarnings(_ tree: MarkdownTree, file: String) -> [String] {
        tree.nestedCode.compactMap { block in
            guard isCellLanguage(info: block.info) else { return nil }
            return "\(file):\(block.line): this code block is inside a list or quote, so it is not run as a cell; "
                + "move it to the top level to run it"
        }
    }

    /// Joins neighbouring prose blocks into one (appending in place: a page of many paragraphs stays linear).
    private static func merged(_ blocks: [DocumentBlock]) -> [DocumentBlock] {
        var result: [DocumentBlock] = []
        var prose: Prose?
        for block in blocks {
            if case .prose(let next) = block {
                if prose == nil { prose = next } else { prose!.append(next) }
                continue
            }
            if let joined = prose { result.append(.prose(joined)) }
            prose = nil
            result.append(block)
        }
        if let joined = prose { result.append(.prose(joined)) }
        return result
    }
}

extension MarkdownBlock {
    var isCode: Bool { if case .code = self { true } else { false } }
}
