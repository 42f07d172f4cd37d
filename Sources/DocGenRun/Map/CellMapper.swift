import DocGenModel
import Foundation

/// Map stage: pairs each code cell `<page>/<cell>` with its scenario, found by place, never by registration: the
/// file `<content>/<page>/<cell>.swift`, or a fenced `swift` block right after the cell's Python block.
package enum CellMapper {
    /// Maps the cells of `documents`, pages of `contentFolder` (the folder as given: paths in messages start with it).
    ///
    /// - Throws: `MapFailure` listing every cell without a scenario or with two, and every `.swift` file of a page
    ///   folder (or of a folder without a page) that is no cell's.
    package static func map(_ documents: [Document], contentFolder: String) throws(MapFailure) -> [MappedCell] {
        var errors: [MapError] = []
        var mapped: [MappedCell] = []
        var missing = MissingFolders()
        for document in documents {
            let folderIsMissing = missing.isMissing(
                ScenarioFiles(contentFolder: contentFolder).folder(page: document.page))
            for cell in document.cells {
                switch scenario(
                    of: cell, in: document, contentFolder: contentFolder, pageFolderIsMissing: folderIsMissing)
                {
                case .success(let scenario):
                    mapped.append(MappedCell(page: document.page, cell: cell, scenario: scenario))
                case .failure(let error): errors.append(error)
                }
            }
        }
        let files = ScenarioFiles(contentFolder: contentFolder)
        errors += orphans(files, documents: documents, contentFolder: contentFolder)
        guard errors.isEmpty else { throw MapFailure(errors: errors) }
        return mapped
    }

    /// The scenario of `cell`, a cell of `document`: its file `<content>/<page>/<cell>.swift` or its inline block.
    /// `pageFolderIsMissing`: the page's folder (`<content>/<page>`) is known not to exist (`MissingFolders`), so
    /// neither is the cell's file, which is then not looked for.
    package static func scenario(
        of cell: CodeCell, in document: Document, contentFolder: String, pageFolderIsMissing: Bool = false
    ) -> Result<ScenarioSource, MapError> {
        let files = ScenarioFiles(contentFolder: contentFolder)
        let id = "\(document.page)/\(cell.id)"
        let file = files.path(page: document.page, cell: cell.id)
        if !pageFolderIsMissing, let link = ContentFileLink.problem(file, contentFolder: contentFolder) {
            return .failure(.badLink(file: file, reason: link.explanation(kind: "scenario")))
        }
        let exists = !pageFolderIsMissing && files.exists(page: document.page, cell: cell.id)
        switch (exists, cell.inlineScenario) {
        case (true, let inline?):
            return .failure(
                .twoScenarios(id: id, file: file, contentFile: document.sourcePath, blockLine: inline.firstLine - 1))
        case (true, nil):
            guard let data = FileManager.default.contents(atPath: file) else {
                return .failure(.unreadable(file: file))
            }
            return .success(ScenarioSource(text: String(decoding: data, as: UTF8.self), path: file))
        case (false, let inline?):
            return .success(
                ScenarioSource(
                    text: inline.source, path: document.sourcePath, firstLine: inline.firstLine, inline: true))
        case (false, nil):
            return .failure(
                .missingScenario(id: id, contentFile: document.sourcePath, line: cell.line, scenarioFile: file))
        }
    }

    /// Scenario files whose name is no cell of their page, or whose folder is no page.
    static func orphans(_ files: ScenarioFiles, documents: [Document], contentFolder: String) -> [MapError] {
        let cells = Dictionary(
            documents.map { ($0.page, Set($0.cells.map(\.id))) }, uniquingKeysWith: { first, _ in first })
        let pages = Dictionary(documents.map { ($0.page, $0.sourcePath) }, uniquingKeysWith: { first, _ in first })
        return files.all().compactMap { page, cell in
            guard cells[page]?.contains(cell) != true else { return nil }
            let path = files.path(page: page, cell: cell)
            if let link = ContentFileLink.problem(path, contentFolder: contentFolder) {
                return .badLink(file: path, reason: link.explanation(kind: "scenario"))
            }
            let contentFile = pages[page] ?? ScenarioFiles.join(contentFolder, page + ".md")
            return .orphanScenario(file: files.path(page: page, cell: cell), contentFile: contentFile)
        }
    }
}
