import DocGenModel
import DocGenRun
import Foundation
@_spi(Harness) import Threading

/// The work of a cell's own process (`CellChildRequest`: one tagged run, or an exploration printed as JSON), shared by
/// `docgen run`/`docgen explore` and `docgen-cell`, the small executable a build starts for each cell.
package enum CellChild {
    /// Does what `request` asks, in a process of its own, and returns the exit status: 0, or 1 after one `error:` line
    /// on stderr (the library cannot be loaded). The runs name page lines moved by the offset the parent gives
    /// (`CellChildRequest.lineOffsetVariable`); when what they printed names one of those lines, the last line on
    /// stderr says so (`CellChildRequest.pageLinesShownLine`).
    package static func perform(_ request: CellChildRequest) -> Int32 {
        CellProcessLifetime.adopt()
        ParentWatch.exitWhenParentDies()
        return serve(request)
    }

    /// Does what `request` asks in this process, which has made itself a cell's process (`CellProcessLifetime.adopt`,
    /// `ParentWatch`) — its own, or a cell worker (`CellWorkerLoop`) — and returns the exit status `perform` returns.
    package static func serve(_ request: CellChildRequest) -> Int32 {
        let program: @Sendable () throws -> Void
        do {
            program = try loadProgram(library: request.library)
        } catch {
            printError(error)
            return 1
        }
        let status = perform(request, program)
        if PyPageLines.wereShown, CellChildRequest.givenLineOffset != 0 {
            FileHandle.standardError.write(Data((CellChildRequest.pageLinesShownLine + "\n").utf8))
        }
        return status
    }

    /// The program of the compiled scenario `library`, naming page lines moved by the offset this process was given.
    package static func loadProgram(library: String) throws(CompileFailure) -> @Sendable () throws -> Void {
        PyPageLines.shifting(try ScenarioLibrary.program(at: library), by: CellChildRequest.givenLineOffset)
    }

    private static func perform(_ request: CellChildRequest, _ program: @escaping @Sendable () throws -> Void) -> Int32
    {
        switch request {
        case .run(_, let seed, _):
            printTaggedTranscript(
                program, runtime: .simulated, schedule: seed.map { .random(seed: $0) } ?? .cpythonDefault)
        case .explore(_, let runs, let seed, _):
            CellProcessLifetime.clearSignalMask()  // the scenario's threads, and processes they start, block nothing
            return printJSON(Explorer(runs: runs, seed: seed ?? 0).explore(program), show: 10)
        case .exhaustive(_, let maxExecutions, let show, _):
            CellProcessLifetime.clearSignalMask()
            let explorer = ExhaustiveExplorer(maxExecutions: maxExecutions, maxSeconds: nil, preemptionBound: nil)
            return printJSON(explorer.explore(program, progress: nil), show: show)
        }
        return 0
    }

    /// Runs `program` once and prints its tagged transcript on stdout (what the program prints is also echoed on
    /// stderr as it is printed), step-limited to the bytes the parent allows (`TranscriptFormat.limitVariable`).
    package static func printTaggedTranscript(
        _ program: @escaping @Sendable () throws -> Void, runtime: RuntimeKind, schedule: SchedulePolicy
    ) {
        CellProcessLifetime.clearSignalMask()  // the scenario's threads, and processes they start, block nothing
        var options = RunOptions()
        options.runtime = runtime
        options.schedule = schedule
        let limit = ProcessInfo.processInfo.environment[TranscriptFormat.limitVariable].flatMap { Int($0) }
            .map { max(0, $0 - 1) }
        // Also on stderr as it is printed: if the scenario crashes or calls exit() before the transcript is written,
        // docgen still shows what it printed (with the runtime's `Fatal error:` line after it).
        options.echo = StderrEcho().write
        // A loop that runs to the step limit records events at every turn: keep no more than fit.
        if let limit { options.eventLimit = TranscriptFormat.eventLimit(forBytes: limit) }
        let result = runProgram(options, main: program)
        FileHandle.standardOutput.write(Data(TranscriptFormat.encode(result, stepLimitedTo: limit).utf8))
    }

    /// Prints `exploration` as JSON with the events of its `show` most frequent outputs (0: all); 0, or 1 after an
    /// `error:` line.
    package static func printJSON(_ exploration: Exploration, show: Int) -> Int32 {
        do {
            let data = try exploration.json(eventsForTop: show > 0 ? show : exploration.groups.count)
            print(String(decoding: data, as: UTF8.self))
            return 0
        } catch {
            printError(error)
            return 1
        }
    }

    /// One `error:` line on stderr, its control characters escaped.
    private static func printError(_ error: any Error) {
        FileHandle.standardError.write(Data((TerminalText.printable("error: \(error)") + "\n").utf8))
    }
}
