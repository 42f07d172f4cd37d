import ArgumentParser
import DocGen
import DocGenModel
import DocGenParse
import DocGenRun
import Foundation

extension Docgen {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List pages, their cells, each cell's scenario file and its last cached status.")

        @OptionGroup var pipeline: PipelineOptions

        @Option(
            help: """
                Also write each cell's Python source to FOLDER/<page>--<cell>.py (for benchmarks); cells marked \
                expect=deadlock are left out, since CPython never finishes them.
                """)
        var python: String?

        func validate() throws {
            guard let python else { return }
            try FolderOptions.requireNamed([("--python", python)])
            try FolderOptions.requireApart(pipeline.folders + [("--python", python)])
        }

        func run() async throws {
            let builder = pipeline.builder(writingCache: false)
            do {
                let documents = try ContentLoader.load(pipeline.content)
                let translator = Translator(cacheDirectory: builder.executor.settings.cacheDirectory)
                let translated = await CellMapper.translatedScenarios(
                    documents, contentFolder: pipeline.content, translator: translator)
                for document in documents {
                    print("\(document.page)  (\(document.sourcePath))")
                    for cell in document.cells {
                        let found = CellMapper.scenario(of: cell, in: document, contentFolder: pipeline.content)
                        switch found {
                        case .success(let scenario):
                            print(
                                line(
                                    cell, scenario: scenario, page: document.page, builder: builder, how: "hand-written"
                                ))
                        case .failure(.missingScenario(let id, _, _, _)):
                            guard let scenario = translated[id] else { continue }
                            print(
                                line(cell, scenario: scenario, page: document.page, builder: builder, how: "translated")
                            )
                        case .failure(.twoScenarios):
                            print("  \(cell.id)  (two scenarios)  line \(cell.line)")
                        case .failure:
                            print("  \(cell.id)  (no scenario)  line \(cell.line)")
                        }
                    }
                }
                if let python { try writePython(documents, to: python) }
            } catch let error as ContentError {
                throw fail(error)
            }
        }

        /// `  cell  content/page/cell.swift  hand-written  ok` (a translation that failed says why instead).
        private func line(_ cell: CodeCell, scenario: ScenarioSource, page: String, builder: SiteBuilder, how: String)
            -> String
        {
            let name = SiteBuilder.displayName(of: scenario, contentFolder: pipeline.content)
            if let failure = scenario.translationFailure { return "  \(cell.id)  \(name)  \(how)  \(failure)" }
            let status = builder.executor.lastStatus(
                of: CellJob(MappedCell(page: page, cell: cell, scenario: scenario)))
            return "  \(cell.id)  \(name)  \(how)  \(status)"
        }

        private func writePython(_ documents: [Document], to folder: String) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for document in documents {
                for cell in document.cells where cell.options.expect != .deadlock {
                    let path = folder + "/" + document.page + "--" + cell.id + ".py"
                    try Data(cell.source.utf8).write(to: URL(fileURLWithPath: path))
                }
            }
        }
    }
}
