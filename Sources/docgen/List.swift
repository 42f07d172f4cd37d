import ArgumentParser
import DocGen

extension Docgen {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List pages, their cells, each cell's scenario file and its last cached status.")

        @OptionGroup var pipeline: PipelineOptions

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
            } catch {
                throw fail(error)
            }
        }
    }
}
