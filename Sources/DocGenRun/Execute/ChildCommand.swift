import DocGenModel

/// How to start the child for a cell: `executable` with `prefix`, then `run ID --tagged --library L` (or
/// `explore ID --json --library L`; with a library, the arguments of a `CellChildRequest`). A cell with a compiled
/// library runs in `cellExecutable` (`docgen-cell`) when there is one, with the same arguments and no prefix.
package struct ChildCommand: Sendable, Equatable {
    package var executable: String
    package var prefix: [String]
    /// The executable that runs cells with a compiled library instead of `executable` (`CellExecutable`).
    package var cellExecutable: String?

    package init(executable: String, prefix: [String] = [], cellExecutable: String? = nil) {
        self.executable = executable
        self.prefix = prefix
        self.cellExecutable = cellExecutable
    }

    /// `docgen run ID --tagged [--seed N]` with the given docgen binary, cells with a library in the `docgen-cell`
    /// beside it when there is one.
    package static func docgen(_ executable: String) -> ChildCommand {
        ChildCommand(executable: executable, cellExecutable: CellExecutable.locate(beside: executable))
    }

    /// The executable that runs a cell with `library` (`nil`: none, the child compiles the cell).
    package func executable(library: String?) -> String {
        library == nil ? executable : cellExecutable ?? executable
    }

    /// The arguments before the command's own for a cell with `library`.
    private func prefix(library: String?) -> [String] {
        library == nil || cellExecutable == nil ? prefix : []
    }

    /// `run ID --tagged [--seed N] [--library L]`: one run of the compiled scenario `library`, its tagged
    /// transcript on stdout.
    func arguments(for job: CellJob, library: String? = nil) -> [String] {
        guard let library else { return prefix + ["run", job.id, "--tagged"] + Self.seedArguments(job.seed) }
        return prefix(library: library) + CellChildRequest.run(id: job.id, seed: job.seed, library: library).arguments
    }

    /// `explore ID --runs N --json [--seed N] [--library L]`: the distinct outputs of N schedules, as `Exploration`
    /// JSON.
    func exploreArguments(for job: CellJob, runs: Int, library: String? = nil) -> [String] {
        guard let library else {
            return prefix + ["explore", job.id, "--runs", String(runs), "--json"] + Self.seedArguments(job.seed)
        }
        return prefix(library: library)
            + CellChildRequest.explore(id: job.id, runs: runs, seed: job.seed, library: library).arguments
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
        return prefix(library: library)
            + CellChildRequest.exhaustive(id: job.id, maxExecutions: maxExecutions, show: show, library: library)
            .arguments
    }

    private static func seedArguments(_ seed: UInt64?) -> [String] {
        seed.map { ["--seed", String($0)] } ?? []
    }
}
