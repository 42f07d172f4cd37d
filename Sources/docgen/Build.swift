import ArgumentParser
import DocGen
import Foundation

extension Docgen {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run every cell and write the static site.")

        @OptionGroup var pipeline: PipelineOptions

        @Option(help: "Folder the site is written to (replaced as a whole when the build succeeds).")
        var out = "site"

        @Flag(help: "Run each cell twice and rewrite its snapshot when both runs agree.")
        var record = false

        @Flag(help: "Write the site even when cells fail (they show as error cells).")
        var allowErrors = false

        @Flag(help: "Treat broken internal links as errors.")
        var strict = false

        func run() async throws {
            let builder = pipeline.builder()
            let progress = Progress(total: (try? builder.plan(pipeline.content).cells.count) ?? 0)
            let options = BuildOptions(
                contentFolder: pipeline.content, outputFolder: out, snapshotFolder: pipeline.snapshots,
                record: record, allowErrors: allowErrors, strict: strict)
            do {
                let report = try await builder.build(options, progress: progress.callback)
                report.warnings.forEach(warn)
                var summary = Self.summary(report, out: out)
                if record { summary += ", \(report.recorded) snapshot(s) recorded" }
                note(summary)
            } catch {
                throw fail(error)
            }
        }

        /// `built site: 2 page(s), 29 cell(s), 3 executed, 1 compiled` (also after each rebuild of `docgen serve`).
        static func summary(_ report: BuildReport, out: String) -> String {
            "built \(out): \(report.pages) page(s), \(report.cells) cell(s), \(report.executed) executed, "
                + "\(report.compiled) compiled"
        }
    }
}
