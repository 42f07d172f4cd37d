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
        prefix(library: library) + CellChildRequest.runArguments(id: job.id, seed: job.seed)
            + CellChildRequest.libraryArguments(library)
    }

    /// `explore ID --runs N --json [--seed N] [--library L]`: the distinct outputs of N schedules, as `Exploration`
    /// JSON.
    func exploreArguments(for job: CellJob, runs: Int, library: String? = nil) -> [String] {
        prefix(library: library) + CellChildRequest.exploreArguments(id: job.id, runs: runs, seed: job.seed)
            + CellChildRequest.libraryArguments(library)
    }

    /// `explore ID --exhaustive --max-executions N --max-seconds 0 --show 10 --json [--library L]`: every distinct
    /// output, each with its writes (the build's model check normalises them all) and the ten most frequent with
    /// every event (their timelines), as `Exploration` JSON. No time budget: the build's result must not depend on
    /// the machine's speed.
    func exhaustiveArguments(for job: CellJob, maxExecutions: Int, library: String? = nil) -> [String] {
        prefix(library: library)
            + CellChildRequest.exhaustiveArguments(
                id: job.id, maxExecutions: maxExecutions, show: Exploration.groupsWithTimelines)
            + CellChildRequest.libraryArguments(library)
    }
}
