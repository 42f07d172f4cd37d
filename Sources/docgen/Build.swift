import ArgumentParser
import DocGen
import DocGenModel
import DocGenParse
import DocGenRun
import Foundation

extension Docgen {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
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

        @Flag(help: "Print where the build's time went, stage by stage, before the summary line.")
        var timings = false

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
            let progress = ProgressMeter.onTerminal()
            defer { progress?.end() }
            if let shard {
                do {
                    let report = try await builder.buildShard(
                        shard, contentFolder: pipeline.content, allowErrors: allowErrors, progress: progress)
                    progress?.end()
                    report.warnings.forEach(warn)
                    note(
                        "built shard \(shard) into \(pipeline.cache): \(report.cells) cell(s), \(report.executed) "
                            + "executed, \(report.compiled) compiled, \(report.explored) explored, "
                            + "\(report.translated) translated; no site written (a build without --shard assembles it "
                            + "from the cache)")
                } catch {
                    progress?.end()
                    throw fail(error)
                }
                return
            }
            let options = BuildOptions(
                contentFolder: pipeline.content, outputFolder: out, snapshotFolder: pipeline.snapshots,
                record: record, allowErrors: allowErrors, strict: strict)
            do {
                let report = try await builder.build(options, progress: progress)
                progress?.end()
                report.warnings.forEach(warn)
                if timings { note(Self.timings(report)) }
                var summary = Self.summary(report, out: out)
                if record { summary += ", \(report.recorded) snapshot(s) recorded" }
                note(summary)
            } catch {
                progress?.end()
                throw fail(error)
            }
        }

        /// `time: plan 0.41 s (translating 0.38 s, 12 cells), execute 7.40 s (compiling 6.10 s, 39 scenarios; …),
        /// render 0.08 s (1 of 12 page(s) rendered, 3 file(s) written), total 7.89 s`.
        static func timings(_ report: BuildReport) -> String {
            "time: "
                + report.timings.map { stage in
                    String(format: "%@ %.2f s", stage.name, stage.seconds)
                        + (stage.detail.isEmpty ? "" : " (\(stage.detail))")
                }.joined(separator: ", ")
        }

        /// `built site: 2 page(s), 29 cell(s), 3 executed, 1 compiled, 2 explored, 0 translated; 4 file(s) written`
        /// (also after each rebuild of `docgen serve`): each count is of the work done now, not taken from a cache
        /// (explored: the cells whose exploration ran); the files are those whose bytes changed (`site unchanged`
        /// when none did and none was removed).
        static func summary(_ report: BuildReport, out: String) -> String {
            var files = "\(report.filesWritten) file(s) written"
            if report.filesRemoved > 0 { files += ", \(report.filesRemoved) removed" }
            if report.filesWritten == 0, report.filesRemoved == 0 { files = "\(out) unchanged" }
            return "built \(out): \(report.pages) page(s), \(report.cells) cell(s), \(report.executed) executed, "
                + "\(report.compiled) compiled, \(report.explored) explored, \(report.translated) translated; \(files)"
        }
    }
}
