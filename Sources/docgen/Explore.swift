import ArgumentParser
import DocGen
import DocGenExplore
import DocGenModel
import DocGenRun

extension Docgen {
    struct Explore: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explore",
            abstract: "Run a cell under many schedules and print each distinct output, its count and how to replay it.",
            discussion: """
                Run 0 uses the CPython-like default schedule; the others alternate random and PCT schedules derived \
                from --seed, so the same --runs and --seed always give the same report. With --exhaustive, every \
                distinct schedule is explored instead (optimal partial-order reduction: one execution per class of \
                schedules that only reorder commuting steps), and the report says "exactly N" when the \
                search completed, "at least N" when a bound or the budget cut it short.
                """)

        @Argument(help: "The cell's id, e.g. threading-tutorial/queued-threads.")
        var id: String

        @OptionGroup var pipeline: PipelineOptions

        @Option(
            help: ArgumentHelp(
                "The scenario, already compiled (how docgen build explores a cell).", visibility: .hidden))
        var library: String?

        @Option(help: "How many schedules to run.")
        var runs = 1_000

        @Option(help: "The base seed the schedules derive from.")
        var seed: UInt64 = 0

        @Flag(help: "Explore every distinct schedule instead of sampling --runs of them.")
        var exhaustive = false

        @Option(help: "With --exhaustive: stop after this many executions (default 100000).")
        var maxExecutions: Int?

        @Option(help: "With --exhaustive: stop after this many seconds (default 60; 0: no time limit).")
        var maxSeconds: Double?

        @Option(help: "With --exhaustive: explore only schedules with at most this many preemptions.")
        var preemptionBound: Int?

        @Option(
            help: """
                With --exhaustive: explore share I of N of the split search's parts (1 ≤ I ≤ N) and print them as \
                JSON, for --merge.
                """, transform: NumberArgument.shard)
        var shard: Shard?

        @Option(
            parsing: .upToNextOption,
            help: "With --exhaustive: merge the files of every --shard I/N of one search and print its report.")
        var merge: [String] = []

        @Option(help: "How many of the most frequent outputs to print (0: all).")
        var show = Self.defaultShow

        @Flag(help: "Print the exploration as JSON (for the build), with events for the --show most frequent outputs.")
        var json = false

        /// The budget of `--exhaustive` without `--max-executions` / `--max-seconds`.
        static let defaultMaxExecutions = 100_000
        static let defaultMaxSeconds = 60.0
        /// How many outputs are printed without `--show`.
        static let defaultShow = 10

        func validate() throws {
            guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
            guard show >= 0 else { throw ValidationError("--show must be 0 (all) or more") }
            if let maxExecutions, maxExecutions < 1 { throw ValidationError("--max-executions must be at least 1") }
            if let maxSeconds, !(maxSeconds >= 0) {
                throw ValidationError("--max-seconds must be 0 (no limit) or more")
            }
            if let preemptionBound, preemptionBound < 0 {
                throw ValidationError("--preemption-bound must be 0 or more")
            }
            if !exhaustive && (maxExecutions != nil || maxSeconds != nil || preemptionBound != nil) {
                throw ValidationError("--max-executions, --max-seconds and --preemption-bound need --exhaustive")
            }
            try validateSplit()
        }

        func run() async throws {
            let program = try await ScenarioProgram.load(id: id, library: library, pipeline: pipeline)
            if exhaustive && isSplit {
                try runSplit(program)
                return
            }
            let search: Search =
                exhaustive
                ? .exhaustive(
                    maxExecutions: maxExecutions ?? Self.defaultMaxExecutions,
                    maxSeconds: maxSeconds ?? Self.defaultMaxSeconds, preemptionBound: preemptionBound)
                : .schedules(runs: runs, seed: seed, jobs: pipeline.jobs)
            // The replay command must find the same cell: name the content folder unless it is the default.
            let replay = pipeline.content == "content" ? "" : " --content \(pipeline.content)"
            try Self.explore(program, search, show: show, json: json, id: id, replayOptions: replay)
        }

        /// How `explore` searches: `runs` schedules derived from `seed`, `jobs` of them at once (the report is the
        /// same whatever `jobs` is), or every distinct schedule within a budget (`maxSeconds` 0: no time limit).
        enum Search {
            case schedules(runs: Int, seed: UInt64, jobs: Int)
            case exhaustive(maxExecutions: Int, maxSeconds: Double, preemptionBound: Int?)
        }

        /// Explores `program` and prints the exploration (as JSON with `json`, as a cell's own process does, else the
        /// report, whose replay commands name `id` and `replayOptions`).
        static func explore(
            _ program: @escaping @Sendable () throws -> Void, _ search: Search, show: Int, json: Bool, id: String,
            replayOptions: String
        ) throws {
            CellProcessLifetime.clearSignalMask()  // the scenario's threads, and processes they start, block nothing
            let exploration: Exploration
            switch search {
            case .exhaustive(let maxExecutions, let seconds, let preemptionBound):
                let explorer = ExhaustiveExplorer(
                    maxExecutions: maxExecutions, maxSeconds: seconds > 0 ? seconds : nil,
                    preemptionBound: preemptionBound)
                let progress = json ? nil : SearchProgress.onTerminal()
                exploration = explorer.explore(program, progress: progress.map { meter in { meter.update($0, $1) } })
                progress?.finish()
            case .schedules(let runs, let seed, let jobs):
                exploration = Explorer(runs: runs, seed: seed, parallelism: jobs).explore(program)
            }
            if json {
                if CellChild.printJSON(exploration, show: show) != 0 { throw ExitCode(1) }
                return
            }
            let limit = show > 0 ? show : nil
            print(
                ExplorationReport.text(exploration, scenarioID: id, limit: limit, replayOptions: replayOptions),
                terminator: "")
        }
    }
}
