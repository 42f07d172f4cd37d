/// How the Execute stage runs cells.
public struct ExecutionSettings: Sendable {
    public var command: ChildCommand
    /// Default seconds per cell before its child is killed.
    public var timeout: Double
    /// Most bytes a child may write to stdout (and, separately, to stderr).
    public var outputLimit: Int
    /// Children running at once.
    public var jobs: Int
    /// Folder for cached transcripts; `nil` disables the cache.
    public var cacheDirectory: String?
    /// Compiles each cell's scenario before its child runs it (`nil`: the child needs no library, as in tests that
    /// run a stand-in child).
    public var compiler: ScenarioCompiler?
    /// Executions an exhaustive exploration (`explore=all`, or a cell of few threads) may take before its search
    /// counts as bounded ("at least N possible outputs").
    public var exhaustiveBudget: Int

    public init(
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
    public var runtimeIdentity: String { compiler?.toolkit.identity ?? "no compiler" }

    /// The settings that decide a cell's result when its options do not (part of every cached result's key).
    var cacheDefaults: String { "timeout \(timeout) output \(outputLimit)" }

    /// The build's default budget per exhaustive search: enough to finish the tutorial's small cells (the daemon cell
    /// needs 286 executions), a few seconds per cell at most.
    public static let defaultExhaustiveBudget = 1_000

    /// The number of processors.
    public static var defaultJobs: Int { max(1, ProcessInfoCores.count) }
}
