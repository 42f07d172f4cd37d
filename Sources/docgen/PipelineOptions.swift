import ArgumentParser
import DocGen

/// Options shared by the commands that read content and run cells.
struct PipelineOptions: ParsableArguments {
    @Option(help: "Folder of Markdown pages.")
    var content = "content"

    @Option(help: "Folder of snapshot transcripts (<page>/<cell>.txt).")
    var snapshots = "Tests/Snapshots"

    @Option(help: "Cells run at once (default: number of cores).")
    var jobs = ExecutionSettings.defaultJobs

    @Option(help: "Seconds before a cell is killed (a cell's own timeout=S option wins).")
    var timeout: Double = 30

    @Option(help: "Folder of cached transcripts.")
    var cache = ".docgen-cache"

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard timeout > 0 else { throw ValidationError("--timeout must be more than 0 seconds") }
    }

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
