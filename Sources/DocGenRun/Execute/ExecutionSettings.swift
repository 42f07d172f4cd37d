/// How the Execute stage runs cells.
package struct ExecutionSettings: Sendable {
    package var command: ChildCommand
    /// Default seconds per cell before its child is killed.
    package var timeout: Double
    /// Most bytes a child may write to stdout (and, separately, to stderr).
    package var outputLimit: Int
    /// Children running at once.
    package var jobs: Int
    /// Folder for cached transcripts; `nil` disables the cache.
    package var cacheDirectory: String?
    /// Compiles each cell's scenario before its child runs it (`nil`: the child needs no library, as in tests that
    /// run a stand-in child).
    package var compiler: ScenarioCompiler?
    /// Executions an exhaustive exploration (`explore=all`, or a cell of few threads) may take before its search
    /// counts as bounded ("at least N possible outputs").
    package var exhaustiveBudget: Int

    package init(
        command: ChildCommand, timeout: Double = 30, outputLimit: Int = 1 << 20, jobs: Int = Self.defaultJobs,
        cacheDirectory: String? = ".docgen-cache", compiler: ScenarioCompiler? = nil,
        exhaustiveBudget: Int = Self.defaultExhaustiveBudget
    ) {
        self.exhaustiveBudget = max(1, exhaustiveBudget)
        self.compiler = compiler
        self.command = command
        self.timeout = timeout
        self.outputLimit = outputLimit
        self.jobs = max(1, jobs)
        self.cacheDirectory = cacheDirectory
    }

    /// Identifies the runtime cells run with (part of every cached result's key).
    package var runtimeIdentity: String { compiler?.toolkit.identity ?? "no compiler" }

    /// The settings that decide a cell's result when its options do not (part of every cached result's key).
    var cacheDefaults: String { "timeout \(timeout) output \(outputLimit)" }

    /// The build's default budget per exhaustive search: enough to finish the tutorial's small cells (the daemon cell
    /// needs 286 executions), a few seconds per cell at most.
    package static let defaultExhaustiveBudget = 1_000

    /// The number of processors.
    package static var defaultJobs: Int { max(1, ProcessInfoCores.count) }
}
