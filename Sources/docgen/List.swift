import ArgumentParser
import DocGen
import Foundation

extension Docgen {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List pages, their cells, each cell's scenario file and its last cached status.")

        @OptionGroup var pipeline: PipelineOptions

        @Option(help: "Also write each cell's Python source to FOLDER/<page>--<cell>.py (for benchmarks).")
        var python: String?

        func run() async throws {
            let builder = pipeline.builder()
            do {
                let (documents, cells) = try builder.plan(pipeline.content)
                for document in documents {
                    print("\(document.page)  (\(document.sourcePath))")
                    for cell in cells where cell.page == document.page {
                        let status = builder.executor.lastStatus(of: CellJob(cell))
                        print("  \(cell.cell.id)  \(SiteBuilder.displayPath(cell.scenario.sourcePath))  \(status)")
                    }
                }
                if let python { try writePython(cells, to: python) }
            } catch let error as BuildError {
                throw fail(error)
            }
        }

        private func writePython(_ cells: [MappedCell], to folder: String) throws {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for cell in cells {
                let path = folder + "/" + cell.page + "--" + cell.cell.id + ".py"
                try Data(cell.cell.source.utf8).write(to: URL(fileURLWithPath: path))
            }
        }
    }
}
