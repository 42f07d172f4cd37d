import DocGenModel

/// How the Execute stage runs cells.
package struct ExecutionSettings: Sendable {
    package var command: ChildCommand
    /// Default seconds per cell before its child is killed.
    package var timeout: Double
    /// Most bytes a child may write to stdout (and, separately, to stderr).
    package var outputLimit: Int
    /// Most bytes an exploration's child may write: its JSON is docgen's account of every distinct output (thousands
    /// when threads print at once), not what the cell printed, so it is not held to `outputLimit`.
    package var explorationOutputLimit: Int { max(outputLimit, 64 << 20) }
    /// Children running at once.
    package var jobs: Int
    /// Folder for cached transcripts; `nil` disables the cache.
    package var cacheDirectory: String?
    /// Compiles each cell's scenario before its child runs it (`nil`: the child needs no library, as in tests that
    /// run a stand-in child).
    package var compiler: ScenarioCompiler?
    /// Executions the exhaustive exploration of a cell of few threads without an `explore=` option may take before
    /// its search counts as bounded ("at least N possible outputs").
    package var exhaustiveBudget: Int
    /// The same for a cell whose page asks for the search (`explore=all`): more, since its author wants it complete.
    package var requestedExhaustiveBudget: Int
    /// Cells with a library run in cell workers (`CellWorkerPool`: a few `docgen-cell worker` processes, each running
    /// many cells) when `command` has a `docgen-cell`; false: in a process each.
    package var usesWorkers = true

    package init(
        command: ChildCommand, timeout: Double = 30, outputLimit: Int = 1 << 20, jobs: Int = Self.defaultJobs,
        cacheDirectory: String? = ".docgen-cache", compiler: ScenarioCompiler? = nil,
        exhaustiveBudget: Int = Self.defaultExhaustiveBudget,
        requestedExhaustiveBudget: Int = Self.defaultRequestedExhaustiveBudget
    ) {
        self.exhaustiveBudget = max(1, exhaustiveBudget)
        self.requestedExhaustiveBudget = max(1, requestedExhaustiveBudget)
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

    /// Everything besides a cell's own source and options that decides what its cached transcript and exploration
    /// are: docgen's version, the runtime, the defaults, the search budgets and the child command.
    package var resultIdentity: String {
        "docgen \(DocGenVersion.string); \(runtimeIdentity); \(cacheDefaults); budgets \(exhaustiveBudget) "
            + "\(requestedExhaustiveBudget); command \(command.executable) \(command.prefix)"
    }

    /// The build's default budget per automatic exhaustive search (a cell of few threads, no `explore=` option): a
    /// few seconds per cell at most.
    package static let defaultExhaustiveBudget = 1_000

    /// The build's default budget for an `explore=all` search: enough to finish the tutorial's searched cells (the
    /// translated daemon cell needs 1,857 executions, each read of a global a place where its thread may be stopped).
    package static let defaultRequestedExhaustiveBudget = 10_000

    /// The budget of `job`'s exhaustive search.
    func exhaustiveBudget(for job: CellJob) -> Int {
        job.explore == .all ? requestedExhaustiveBudget : exhaustiveBudget
    }

    /// The number of processors.
    package static var defaultJobs: Int { max(1, ProcessInfoCores.count) }
}
