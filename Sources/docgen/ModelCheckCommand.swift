import ArgumentParser
import DocGenRun
import DocGenVerify

extension Docgen {
    struct ModelCheckCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "model-check",
            abstract: "Check the simulated runtime against CPython: every recorded CPython output must be possible.",
            discussion: """
                For each cell with a CPython recording (Tests/Fidelity), searches the cell's schedules exhaustively \
                (as `docgen explore --exhaustive`) and prints how many outputs are possible and how many of them \
                CPython was seen printing. A recorded CPython output that a complete search does not find fails the \
                cell (exit status 1): the model is wrong for it. Cells whose search hits --max-executions are \
                reported as bounded and not failed. Cells marked expect=deadlock are left out (CPython never ends). \
                With --sampled N, each cell also runs N random and PCT schedules (as `docgen explore --runs N`), and \
                an output of theirs outside a complete search's set fails the cell too (the search missed it). \
                --jobs cells are searched at once (the report is the same, in the same order).
                """)

        @OptionGroup var pipeline: PipelineOptions

        @Option(help: "Executions per cell before its search counts as bounded.")
        var maxExecutions = 5_000

        @Option(help: "Random and PCT schedules per cell whose outputs must all be in the exhaustive set (0: none).")
        var sampled = 0

        @Option(name: .customLong("cell"), help: "Only this cell (page/cell); repeat for more.")
        var only: [String] = []

        func validate() throws {
            guard maxExecutions >= 1 else { throw ValidationError("--max-executions must be at least 1") }
            guard sampled >= 0 else { throw ValidationError("--sampled must be 0 or more") }
        }

        func run() async throws {
            let builder = pipeline.builder()
            let mapped = try await pipeline.cells(only: only, of: builder)
            var jobs: [ModelCheckJob] = []
            // Cells without a fresh recording are named and counted: a project with none would otherwise read
            // "0 passed, 0 failed" and seem checked.
            var unchecked = 0
            for (mappedCell, cell) in zip(mapped, mapped.map(FidelityCell.init)) where !cell.hangs {
                let recording: CPythonRecording?
                do {
                    recording = try CPythonRecording.load(cell: cell.id, root: pipeline.recordings)
                } catch {
                    throw fail(error)
                }
                guard let recording else {
                    print("\(cell.id): no CPython recording (run `docgen fidelity --record`); not checked")
                    unchecked += 1
                    continue
                }
                guard recording.fingerprint == cell.fingerprint else {
                    print("\(cell.id): recording is stale (run `docgen fidelity --record`); not checked")
                    unchecked += 1
                    continue
                }
                let program: @Sendable () throws -> Void
                do {
                    program = try await builder.program(of: mappedCell)
                } catch {
                    throw fail(error)
                }
                let normaliser: FidelityNormaliser
                do {
                    normaliser = try FidelityNormaliser(masks: cell.masks)
                } catch {
                    throw fail(error)
                }
                jobs.append(
                    ModelCheckJob(cell: cell.id, program: program, recording: recording, normaliser: normaliser))
            }
            let checks = await ModelCheckJob.checkAll(
                jobs, parallel: pipeline.jobs, maxExecutions: maxExecutions, sampled: sampled
            ) { check in print(check.summary) }
            let checked = checks.count
            let failed = checks.filter { !$0.passed }.count
            print("\(checked - failed) passed, \(failed) failed" + (unchecked > 0 ? ", \(unchecked) not checked" : ""))
            if failed > 0 { throw ExitCode(1) }
        }
    }
}
