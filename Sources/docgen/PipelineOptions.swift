import ArgumentParser
import DocGen

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

    @Option(help: "Folder of cached transcripts.")
    var cache = ".docgen-cache"

    /// A site builder whose cells run as children of this very binary.
    func builder() -> SiteBuilder {
        let settings = ExecutionSettings(
            command: .docgen(SelfExecutable.path), timeout: timeout, jobs: jobs,
            cacheDirectory: cache)
        return SiteBuilder(
            scenarios: ScenarioReferences.all, executor: CellExecutor(settings: settings),
            decorators: [TimelineDecorator(), FidelityDecorator()])
    }
}
