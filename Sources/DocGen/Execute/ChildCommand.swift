/// How to start the child for a cell: `executable` with `prefix`, then `run ID --tagged` (or `explore ID --json`).
public struct ChildCommand: Sendable, Equatable {
    public var executable: String
    public var prefix: [String]

    public init(executable: String, prefix: [String] = []) {
        self.executable = executable
        self.prefix = prefix
    }

    /// `docgen run ID --tagged [--seed N]` with the given docgen binary.
    public static func docgen(_ executable: String) -> ChildCommand {
        ChildCommand(executable: executable)
    }

    /// `run ID --tagged [--seed N]`: one run, its tagged transcript on stdout.
    func arguments(for job: CellJob) -> [String] {
        prefix + ["run", job.id, "--tagged"] + (job.seed.map { ["--seed", String($0)] } ?? [])
    }

    /// `explore ID --runs N --json [--seed N]`: the distinct outputs of N schedules, as `Exploration` JSON.
    func exploreArguments(for job: CellJob, runs: Int) -> [String] {
        prefix + ["explore", job.id, "--runs", String(runs), "--json"]
            + (job.seed.map { ["--seed", String($0)] } ?? [])
    }
}
