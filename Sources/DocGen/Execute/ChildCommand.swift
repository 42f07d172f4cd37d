/// How to start the child for a cell: `executable` with `prefix`, then `run ID --tagged` arguments.
public struct ChildCommand: Sendable, Equatable {
    public var executable: String
    public var prefix: [String]

    public init(executable: String, prefix: [String] = []) {
        self.executable = executable
        self.prefix = prefix
    }

    /// `docgen run ID --tagged [--seed N]` with the given docgen binary.
    public static func docgen(_ executable: String) -> ChildCommand {
        ChildCommand(executable: executable, prefix: ["run"])
    }

    func arguments(for job: CellJob) -> [String] {
        prefix + [job.id, "--tagged"] + (job.seed.map { ["--seed", String($0)] } ?? [])
    }
}
