import DocGenModel
import Foundation

extension CellMapper {
    /// Maps like `map(_:contentFolder:)`, but a cell with no hand-written scenario (no file, no inline block) gets
    /// its Python's translation (`translatedScenarios`). The cells of the pages named in `skipping` are left out
    /// (their pages are kept as the last build made them); orphan scenario files are looked for in every page.
    ///
    /// - Throws: `MapFailure` for the other mapping problems (two scenarios, orphan files, unreadable files).
    package static func map(
        _ documents: [Document], contentFolder: String, translator: Translator, skipping: Set<String> = []
    ) async throws(MapFailure) -> [MappedCell] {
        let mapping = skipping.isEmpty ? documents : documents.filter { !skipping.contains($0.page) }
        let translated = await translatedScenarios(mapping, contentFolder: contentFolder, translator: translator)
        var errors: [MapError] = []
        var mapped: [MappedCell] = []
        var missing = MissingFolders()
        let files = ScenarioFiles(contentFolder: contentFolder)
        for document in mapping {
            let folderIsMissing = missing.isMissing(files.folder(page: document.page))
            for cell in document.cells {
                switch scenario(
                    of: cell, in: document, contentFolder: contentFolder, pageFolderIsMissing: folderIsMissing)
                {
                case .success(let scenario):
                    mapped.append(MappedCell(page: document.page, cell: cell, scenario: scenario))
                case .failure(.missingScenario(let id, _, _, _)) where translated[id] != nil:
                    mapped.append(MappedCell(page: document.page, cell: cell, scenario: translated[id]!))
                case .failure(let error): errors.append(error)
                }
            }
        }
        errors += orphans(
            ScenarioFiles(contentFolder: contentFolder), documents: documents, contentFolder: contentFolder)
        guard errors.isEmpty else { throw MapFailure(errors: errors) }
        return mapped
    }

    /// The translated scenario of every cell of `documents` that has no hand-written one, by id (`page/cell`), from
    /// one python3 run for every cell not in the translator's cache. A cell whose Python cannot be translated (or
    /// every such cell, when python3 is missing) gets a scenario that fails with the reason, so the build lists it
    /// with its other failed cells.
    package static func translatedScenarios(_ documents: [Document], contentFolder: String, translator: Translator)
        async -> [String: ScenarioSource]
    {
        var requests: [Translator.Request] = []
        var missing = MissingFolders()
        let files = ScenarioFiles(contentFolder: contentFolder)
        for document in documents {
            let firstLines = PythonFirstLines(markdownFile: document.sourcePath)
            let folderIsMissing = missing.isMissing(files.folder(page: document.page))
            for cell in document.cells {
                guard
                    case .failure(.missingScenario(let id, let contentFile, _, let scenarioFile)) = scenario(
                        of: cell, in: document, contentFolder: contentFolder, pageFolderIsMissing: folderIsMissing)
                else { continue }
                requests.append(
                    Translator.Request(
                        id: id, source: cell.source, contentFile: contentFile,
                        firstLine: firstLines.firstLine(of: cell),
                        scenarioFile: scenarioFile))
            }
        }
        let results: [Result<Translation, TranslationError>]
        do {
            results = try await translator.translate(requests)
        } catch {
            results = requests.map { .failure(TranslationError(python: error, request: $0)) }
        }
        var scenarios: [String: ScenarioSource] = [:]
        for (request, result) in zip(requests, results) {
            let (path, line) = (request.contentFile, request.firstLine)
            scenarios[request.id] =
                switch result {
                case .success(let translation): ScenarioSource(translation: translation, path: path, firstLine: line)
                case .failure(let error): ScenarioSource(untranslatable: error.description, path: path, firstLine: line)
                }
        }
        return scenarios
    }
}

/// The line of a Markdown page on which a cell's Python starts: the line after a fence, or the block's own first line
/// for an indented block.
struct PythonFirstLines {
    private let lines: [Substring]

    init(markdownFile: String) {
        let text = (try? String(contentsOfFile: markdownFile, encoding: .utf8)) ?? ""
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func firstLine(of cell: CodeCell) -> Int {
        guard cell.line >= 1, cell.line <= lines.count else { return cell.line }
        let text = lines[cell.line - 1].drop { $0 == " " }
        return text.hasPrefix("```") || text.hasPrefix("~~~") ? cell.line + 1 : cell.line
    }
}
