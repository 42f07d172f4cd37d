import ArgumentParser
import DocGen
import DocGenModel
import DocGenParse
import DocGenRun
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

        @Option(
            help: """
                Run share I of N of the cells (1 ≤ I ≤ N, split by their cached cost) into the cache only, writing no \
                site; a build without --shard then assembles the site from the cache, executing nothing.
                """,
            transform: NumberArgument.shard)
        var shard: Shard?

        func validate() throws {
            try pipeline.validate(out: out)
            if shard != nil, record {
                throw ValidationError("--shard cannot record snapshots; record with a build without --shard")
            }
        }

        func run() async throws {
            let builder = pipeline.builder()
            let progress = Progress(total: Self.cellCount(builder, content: pipeline.content, shard: shard))
            if let shard {
                do {
                    let report = try await builder.buildShard(
                        shard, contentFolder: pipeline.content, allowErrors: allowErrors, progress: progress.callback)
                    report.warnings.forEach(warn)
                    note(
                        "built shard \(shard) into \(pipeline.cache): \(report.cells) cell(s), \(report.executed) "
                            + "executed, \(report.compiled) compiled, \(report.explored) explored; no site written "
                            + "(a build without --shard assembles it from the cache)")
                } catch {
                    throw fail(error)
                }
                return
            }
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

        /// The cells a build or check runs (of `shard` only, when given), for the progress lines.
        static func cellCount(_ builder: SiteBuilder, content: String, shard: Shard?) -> Int {
            guard let documents = try? ContentLoader.load(content) else { return 0 }
            // Only the ids count here: no scenario is read or translated for a progress total.
            let cells = documents.flatMap { document in
                document.cells.map {
                    MappedCell(
                        page: document.page, cell: $0, scenario: ScenarioSource(text: "", path: document.sourcePath))
                }
            }
            return shard.map { builder.cells(of: $0, among: cells).count } ?? cells.count
        }

        /// `built site: 2 page(s), 29 cell(s), 3 executed, 1 compiled, 2 explored; 4 file(s) written` (also after each
        /// rebuild of `docgen serve`): explored counts the cells whose exploration ran, not taken from the cache; the
        /// files are those whose bytes changed (`site unchanged` when none did and none was removed).
        static func summary(_ report: BuildReport, out: String) -> String {
            var files = "\(report.filesWritten) file(s) written"
            if report.filesRemoved > 0 { files += ", \(report.filesRemoved) removed" }
            if report.filesWritten == 0, report.filesRemoved == 0 { files = "\(out) unchanged" }
            return "built \(out): \(report.pages) page(s), \(report.cells) cell(s), \(report.executed) executed, "
                + "\(report.compiled) compiled, \(report.explored) explored; \(files)"
        }
    }
}
