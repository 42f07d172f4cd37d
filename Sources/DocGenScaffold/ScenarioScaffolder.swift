import DocGenModel
import DocGenParse
import DocGenRun
import Foundation

/// Writes the start of a hand port beside the content, `<content>/<page>/<cell>.swift`: the cell's translation
/// (what the build runs while the cell has no hand-written scenario), or, for Python the translator cannot express,
/// a skeleton with the Python as comments (`ScenarioSkeleton`).
package enum ScenarioScaffolder {
    /// Writes the skeleton of cell `id` (`page/cell`) and returns its path. Never overwrites a file.
    ///
    /// - Throws: `ScaffoldError` for a bad or unknown id, an existing scenario (file or inline block) or an
    ///   unwritable folder; `.content` when the content does not load.
    package static func write(id: String, contentFolder: String) async throws(ScaffoldError) -> String {
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw .badCellID(id) }
        let documents: [Document]
        do { documents = try ContentLoader.load(contentFolder) } catch { throw .content(error) }
        guard let document = documents.first(where: { $0.page == parts[0] }),
            let cell = document.cells.first(where: { $0.id == parts[1] })
        else { throw .unknownCell(id: id, contentFolder: contentFolder) }
        let translated = await translations([document], contentFolder: contentFolder)
        return try write(cell, of: document, contentFolder: contentFolder, translated: translated)
    }

    /// Writes a skeleton for every cell that has no scenario yet and returns their paths, in page order.
    package static func writeMissing(contentFolder: String) async throws(ScaffoldError) -> [String] {
        let documents: [Document]
        do { documents = try ContentLoader.load(contentFolder) } catch { throw .content(error) }
        let translated = await translations(documents, contentFolder: contentFolder)
        var written: [String] = []
        for document in documents {
            for cell in document.cells {
                switch CellMapper.scenario(of: cell, in: document, contentFolder: contentFolder) {
                case .failure(.missingScenario): break
                case .failure(let error) where error.isBadLink: throw .map(MapFailure(errors: [error]))
                default: continue
                }
                written.append(try write(cell, of: document, contentFolder: contentFolder, translated: translated))
            }
        }
        return written
    }

    private static func translations(_ documents: [Document], contentFolder: String) async -> [String: ScenarioSource] {
        await CellMapper.translatedScenarios(
            documents, contentFolder: contentFolder, translator: Translator(cacheDirectory: nil))
    }

    private static func write(
        _ cell: CodeCell, of document: Document, contentFolder: String, translated: [String: ScenarioSource]
    ) throws(ScaffoldError) -> String {
        let id = document.page + "/" + cell.id
        let files = ScenarioFiles(contentFolder: contentFolder)
        let path = files.path(page: document.page, cell: cell.id)
        if let inline = cell.inlineScenario {
            throw .inlineScenario(id: id, contentFile: document.sourcePath, line: inline.firstLine - 1)
        }
        if let link = ContentFileLink.problem(path, contentFolder: contentFolder) {
            throw .map(MapFailure(errors: [.badLink(file: path, reason: link.explanation(kind: "scenario"))]))
        }
        let text: String
        if let translation = translated[id], translation.translationFailure == nil {
            text = ScenarioSkeleton.text(
                id: id, translation: translation.portText ?? translation.shownText, contentFile: document.sourcePath)
        } else {
            text = ScenarioSkeleton.text(
                id: id, cell: cell, contentFile: document.sourcePath, why: translated[id]?.translationFailure)
        }
        try ProjectFiles.create(path, text: text)
        return path
    }
}
