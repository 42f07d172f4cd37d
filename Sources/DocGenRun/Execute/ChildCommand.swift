import DocGenModel

/// How to start the child for a cell: `executable` with `prefix`, then `run ID --tagged --library L` (or
/// `explore ID --json --library L`; with a library, the arguments of a `CellChildRequest`).
package struct ChildCommand: Sendable, Equatable {
    package var executable: String
    package var prefix: [String]

    package init(executable: String, prefix: [String] = []) {
        self.executable = executable
        self.prefix = prefix
    }

    /// `docgen run ID --tagged [--seed N]` with the given docgen binary.
    package static func docgen(_ executable: String) -> ChildCommand {
        ChildCommand(executable: executable)
    }

    /// `run ID --tagged [--seed N] [--library L]`: one run of the compiled scenario `library`, its tagged
    /// transcript on stdout.
    func arguments(for job: CellJob, library: String? = nil) -> [String] {
        guard let library else { return prefix + ["run", job.id, "--tagged"] + Self.seedArguments(job.seed) }
        return prefix + CellChildRequest.run(id: job.id, seed: job.seed, library: library).arguments
    }

    /// `explore ID --runs N --json [--seed N] [--library L]`: the distinct outputs of N schedules, as `Exploration`
    /// JSON.
    func exploreArguments(for job: CellJob, runs: Int, library: String? = nil) -> [String] {
        guard let library else {
            return prefix + ["explore", job.id, "--runs", String(runs), "--json"] + Self.seedArguments(job.seed)
        }
        return prefix + CellChildRequest.explore(id: job.id, runs: runs, seed: job.seed, library: library).arguments
    }

    /// `explore ID --exhaustive --max-executions N --max-seconds 0 --show 10 --json [--library L]`: every distinct
    /// output, each with its writes (the build's model check normalises them all) and the ten most frequent with
    /// every event (their timelines), as `Exploration` JSON. No time budget: the build's result must not depend on
    /// the machine's speed.
    func exhaustiveArguments(for job: CellJob, maxExecutions: Int, library: String? = nil) -> [String] {
        let show = Exploration.groupsWithTimelines
        guard let library else {
            return prefix + [
                "explore", job.id, "--exhaustive", "--max-executions", String(maxExecutions), "--max-seconds", "0",
                "--show", String(show), "--json",
            ]
        }
        return prefix
            + CellChildRequest.exhaustive(id: job.id, maxExecutions: maxExecutions, show: show, library: library)
            .arguments
    }

    private static func seedArguments(_ seed: UInt64?) -> [String] {
        seed.map { ["--seed", String($0)] } ?? []
    }
}
