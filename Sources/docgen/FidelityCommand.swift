import ArgumentParser
import DocGen
import DocGenRun
import DocGenVerify
import Foundation
@_spi(Harness) @_spi(Search) import Threading

extension Docgen {
    struct Fidelity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "fidelity",
            abstract: "Compare each cell's Swift output with what CPython prints for its Python.",
            discussion: """
                Runs every cell's Python with python3 (or --python) and its Swift scenario, normalises timestamps, \
                addresses, idents and the cell's mask= patterns, and compares the output as CPython wrote it (each \
                write in order, so lines other threads' writes broke into stay broken). A cell passes when the \
                output its page shows is one CPython printed (the fresh run or one recorded under --recordings) \
                and, when its exhaustive search is complete, every output CPython printed is among its possible \
                outputs. --record rewrites the recordings: each cell runs at least --runs times and until its last \
                runs print nothing new (at most --max-runs times). --notebook checks notebooks Jupyter has run \
                (<page>.ipynb, e.g. from nbclient) instead of running python3: each code cell must have printed one \
                of the outputs docgen knows for it (its page's, its exploration's, its recording's), stream by stream; \
                a cell whose exploration stopped at its budget is searched exhaustively for what it printed.
                """)

        @OptionGroup var pipeline: PipelineOptions

        @Flag(help: "Run each cell's Python --runs times and rewrite its recording.")
        var record = false

        @Option(help: "python3 runs per cell at least when recording (more until the last runs print nothing new).")
        var runs = 20

        @Option(help: "python3 runs per cell at most when recording.")
        var maxRuns = 200

        @Option(help: "The Python interpreter: a name on PATH or a path (CPython 3.13 for the tutorial).")
        var python = "python3"

        @Option(help: "python3 processes at once (they mostly sleep).")
        var pythonJobs = 8

        @Option(name: .customLong("cell"), help: "Only this cell (page/cell); repeat for more.")
        var only: [String] = []

        @Option(
            name: .customLong("notebook"),
            help: "Check this notebook, as Jupyter left it after running it (<page>.ipynb); repeat for more.")
        var notebooks: [String] = []

        func validate() throws {
            guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
            guard maxRuns >= runs else { throw ValidationError("--max-runs must be at least --runs") }
            guard pythonJobs >= 1 else { throw ValidationError("--python-jobs must be at least 1") }
        }

        func run() async throws {
            let builder = pipeline.builder()
            let mapped = try await pipeline.cells(only: only, of: builder)
            if !notebooks.isEmpty {
                let reports = try await checkNotebooks(mapped: mapped, builder: builder)
                let failed = reports.filter { !$0.passed }.count
                print("\(reports.count - failed) passed, \(failed) failed")
                if failed > 0 { throw ExitCode(1) }
                return
            }
            let cells = mapped.map(FidelityCell.init)
            let python = try PythonCellRunner(python: self.python)
            defer { python.removeFiles() }
            let reports =
                if record {
                    try await recordAll(cells, python: python)
                } else {
                    await check(cells, mapped: mapped, executor: builder.executor, python: python)
                }
            let failed = reports.filter { !$0.passed }.count
            print("\(reports.count - failed) passed, \(failed) failed")
            if failed > 0 { throw ExitCode(1) }
        }

        /// Records every cell, with a progress line on a terminal (runs so far, cells done).
        private func recordAll(_ cells: [FidelityCell], python: PythonCellRunner) async throws -> [FidelityCellReport] {
            let status = RecordingStatus(cells: cells.count)
            let recorder = FidelityRecorder(
                python: python, recordings: pipeline.recordings, runs: runs, maximumRuns: maxRuns, jobs: pythonJobs)
            let reports = try await recorder.record(cells, progress: { status.cellDone($0) }, ran: { status.ran() })
            status.finish()
            return reports
        }

        /// Checks each `--notebook` against its page's cells (all of them, or those `--cell` names): every one must
        /// be in the notebook and have printed an output docgen knows for it.
        ///
        /// A cell that printed none of them while its exploration was cut short by its budget is searched for what it
        /// printed (an exhaustive search with `explore --exhaustive`'s default budget, stopping when it finds it):
        /// the bounded exploration the page shows may simply not have reached a rarer interleaving CPython printed.
        private func checkNotebooks(mapped: [MappedCell], builder: SiteBuilder) async throws -> [NotebookCellReport] {
            var notebookCells: [String: ExecutedNotebook.CodeCell] = [:]
            var pages: [String] = []
            for path in notebooks {
                let page = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
                let notebook: ExecutedNotebook
                do {
                    notebook = try ExecutedNotebook(path: path)
                } catch {
                    throw fail(error.description)
                }
                pages.append(page)
                for cell in notebook.cells { notebookCells[page + "/" + cell.id] = cell }
            }
            let known = Set(mapped.map(\.id))
            var reports = notebookCells.keys.sorted().filter { !known.contains($0) && only.isEmpty }.map {
                NotebookCellReport(
                    cell: $0, passed: false, text: "no such cell in \(pipeline.content): build the site again")
            }
            for report in reports { print(report.line) }
            let checked = mapped.filter { cell in pages.contains { cell.id.hasPrefix($0 + "/") } }
            let executions = await builder.executor.execute(checked.map(CellJob.init))
            let check = NotebookOutputCheck(recordings: pipeline.recordings)
            for (cell, execution) in zip(checked, executions) {
                var report: NotebookCellReport
                if let printed = notebookCells[cell.id] {
                    var shown: RunResult?
                    if case .finished(let result) = execution.run { shown = result }
                    report = check.check(
                        FidelityCell(cell), shown: shown, exploration: execution.exploration, printed: printed)
                    if report.searchable {
                        report = try await search(cell, printed: printed, after: report, check: check, builder: builder)
                    }
                } else {
                    report = NotebookCellReport(cell: cell.id, passed: false, text: "not in the notebook")
                }
                print(report.line)
                reports.append(report)
            }
            return reports
        }

        /// `check.search` for what `cell` printed in the notebook, with a line on a terminal saying what it is doing.
        private func search(
            _ cell: MappedCell, printed: ExecutedNotebook.CodeCell, after failed: NotebookCellReport,
            check: NotebookOutputCheck, builder: SiteBuilder
        ) async throws -> NotebookCellReport {
            let program: @Sendable () throws -> Void
            do throws(ProgramError) {
                program = try await builder.program(of: cell)
            } catch {
                throw fail(error)
            }
            if isatty(STDOUT_FILENO) != 0 {
                print("\(cell.id): printed none of the outputs its bounded exploration found; searching for it")
            }
            let budget = ExhaustiveSearch(
                maxExecutions: Explore.defaultMaxExecutions, maxSeconds: Explore.defaultMaxSeconds)
            return check.search(
                FidelityCell(cell), printed: printed, program: program, budget: budget, failed: failed)
        }

        /// Runs the Swift scenarios (through the cache, as `docgen build` does), then compares each with CPython.
        private func check(
            _ cells: [FidelityCell], mapped: [MappedCell], executor: CellExecutor, python: PythonCellRunner
        ) async -> [FidelityCellReport] {
            let executions = await executor.execute(mapped.map(CellJob.init))
            let runs = Dictionary(uniqueKeysWithValues: executions.map { ($0.job.id, $0.run) })
            let check = FidelityCheck(python: python, recordings: pipeline.recordings, jobs: pythonJobs)
            let explorations = Dictionary(uniqueKeysWithValues: executions.map { ($0.job.id, $0.exploration) })
            let reports = await check.check(
                cells,
                swift: { cell in
                    switch runs[cell.id] {
                    case .finished(let result): .success(result)
                    case .failed(let failure): .failure(FidelityRunFailure(failure.description))
                    case nil: .failure(FidelityRunFailure("not run"))
                    }
                }, outcomes: { cell in explorations[cell.id] ?? nil })
            for report in reports { print(report.text) }
            return reports
        }
    }
}
