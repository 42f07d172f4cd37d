import ArgumentParser
import DocGenExplore
import DocGenModel
import DocGenRun
import Foundation
@_spi(Harness) import Threading

extension Docgen {
    struct Run: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run one cell's scenario and print what it prints (or, with --tagged, its tagged transcript).")

        @Argument(help: "Cell id, <page>/<cell> (see `docgen list`).")
        var id: String

        @OptionGroup var pipeline: PipelineOptions

        @Option(
            help: ArgumentHelp("The scenario, already compiled (how docgen build runs a cell).", visibility: .hidden))
        var library: String?

        @Flag(help: "Use real threads and the real clock instead of the simulated runtime.")
        var real = false

        @Option(help: "Seed for a random schedule (simulated runtime).")
        var seed: UInt64?

        @Option(help: "Schedule: default, random:N, pct:N, or a replay string printed by an earlier run.")
        var schedule: String?

        @Flag(help: "Print the tagged transcript (one event a line) instead of the program's own output.")
        var tagged = false

        func validate() throws {
            if seed != nil, schedule != nil { throw ValidationError("give --seed or --schedule, not both") }
        }

        func run() async throws {
            let program = try await ScenarioProgram.load(id: id, library: library, pipeline: pipeline)
            try Self.run(program, runtime: real ? .real : .simulated, schedule: try schedulePolicy(), tagged: tagged)
        }

        /// Runs `program` once and prints what it prints (with `tagged`, its tagged transcript, as a cell's own
        /// process does: `CellChild`).
        static func run(
            _ program: @escaping @Sendable () throws -> Void, runtime: RuntimeKind, schedule: SchedulePolicy,
            tagged: Bool
        ) throws {
            if tagged {
                CellChild.printTaggedTranscript(program, runtime: runtime, schedule: schedule)
                return
            }
            CellProcessLifetime.clearSignalMask()  // the scenario's threads, and processes they start, block nothing
            var options = RunOptions()
            options.runtime = runtime
            options.schedule = schedule
            options.echo = { stream, text in
                FileHandle(fileDescriptor: stream == .stdout ? 1 : 2).write(Data(text.utf8))
            }
            options.recordsLifecycle = false
            options.eventLimit = 0  // printed as it goes; only the outcome is needed
            let result = runProgram(options, main: program)
            switch result.outcome {
            case .completed: return
            case .deadlock(let report): throw fail("deadlock\n" + report)
            case .uncaughtError: throw ExitCode(1)  // the traceback was already printed, as Python does
            case .stepLimitExceeded(let message): throw fail("step limit: " + message)
            }
        }

        private func schedulePolicy() throws -> SchedulePolicy {
            if let seed { return .random(seed: seed) }
            guard let schedule, schedule != "default" else { return .cpythonDefault }
            if schedule.hasPrefix("random:"), let value = UInt64(schedule.dropFirst(7)) { return .random(seed: value) }
            if schedule.hasPrefix("pct:"), let value = UInt64(schedule.dropFirst(4)) { return .pct(seed: value) }
            return .replay(schedule)
        }
    }
}
