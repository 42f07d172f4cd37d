import ArgumentParser
import DocGen
import Foundation

/// Options shared by the commands that read content and run cells.
struct PipelineOptions: ParsableArguments {
    @Option(help: "Folder of Markdown pages.")
    var content = "content"

    @Option(help: "Folder of snapshot transcripts (<page>/<cell>.txt).")
    var snapshots = "Tests/Snapshots"

    @Option(help: "Cells run at once, 1 to 256 (default: number of cores).", transform: NumberArgument.jobs)
    var jobs = ExecutionSettings.defaultJobs

    @Option(
        help: "Seconds before a cell is killed, more than 0 and at most 86400 (a cell's own timeout=S option wins).",
        transform: NumberArgument.seconds)
    var timeout: Double = 30

    @Option(help: "Folder of recorded CPython outputs (<page>/<cell>.txt), shown and checked against on the pages.")
    var recordings = "Tests/Fidelity"

    @Option(help: "Folder of cached transcripts and compiled scenarios.")
    var cache = ".docgen-cache"

    /// A site builder whose cells' scenarios are compiled against this binary's Threading and run as its children.
    /// Without the Threading module beside the binary, prints why and exits with status 1.
    func builder() -> SiteBuilder {
        let compiler: ScenarioCompiler
        do {
            compiler = try ScenarioCompiler.locate(executable: SelfExecutable.path, cacheDirectory: compileCache)
        } catch {
            note("error: \(error)")
            Foundation.exit(1)
        }
        let settings = ExecutionSettings(
            command: .docgen(SelfExecutable.path), timeout: timeout, jobs: jobs,
            cacheDirectory: cache, compiler: compiler)
        return SiteBuilder(
            executor: CellExecutor(settings: settings),
            decorators: [TimelineDecorator(), FidelityDecorator(recordings: recordings)], recordings: recordings)
    }

    /// Where compiled scenarios are kept: `DOCGEN_COMPILE_CACHE` when set (tests share one), else `<cache>/compiled`.
    var compileCache: String {
        if let shared = ProcessInfo.processInfo.environment["DOCGEN_COMPILE_CACHE"], !shared.isEmpty { return shared }
        return cache + "/compiled"
    }
}
