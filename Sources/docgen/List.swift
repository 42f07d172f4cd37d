import ArgumentParser
import DocGen
import Foundation

extension Docgen {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List pages, their cells, each cell's scenario file and its last cached status.")

        @OptionGroup var pipeline: PipelineOptions

        @Option(
            help: """
                Also write each cell's Python source to FOLDER/<page>--<cell>.py (for benchmarks); cells marked \
                expect=deadlock are left out, since CPython never finishes them.
                """)
        var python: String?

        func run() async throws {
            let builder = pipeline.builder()
            let scenarios = Dictionary(builder.scenarios.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            do {
                let documents = try ContentLoader.load(pipeline.content)
                for document in documents {
                    print("\(document.page)  (\(document.sourcePath))")
                    for cell in document.cells {
                        let id = document.page + "/" + cell.id
                        guard let scenario = scenarios[id] else {
                            print("  \(cell.id)  (no scenario)  line \(cell.line)")
                            continue
                        }
                        let status = builder.executor.lastStatus(
                            of: CellJob(
                                MappedCell(page: document.page, cell: cell, scenario: scenario)))
                        print("  \(cell.id)  \(SiteBuilder.displayPath(scenario.sourcePath))  \(status)")
                    }
                }
                if let python { try writePython(documents, to: python) }
            } catch let error as BuildError {
                throw fail(error)
            }
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
