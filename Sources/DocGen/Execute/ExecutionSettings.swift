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

    public init(
        command: ChildCommand, timeout: Double = 30, outputLimit: Int = 1 << 20, jobs: Int = Self.defaultJobs,
        cacheDirectory: String? = ".docgen-cache"
    ) {
        self.command = command
        self.timeout = timeout
        self.outputLimit = outputLimit
        self.jobs = max(1, jobs)
        self.cacheDirectory = cacheDirectory
    }

    /// The number of processors.
    public static var defaultJobs: Int { max(1, ProcessInfoCores.count) }
}
