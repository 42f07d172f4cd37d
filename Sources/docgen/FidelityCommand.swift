import ArgumentParser
import DocGenRun
import DocGenVerify
import Foundation

extension Docgen {
    struct Fidelity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare each cell's Swift output with what CPython prints for its Python.",
            discussion: """
                Runs every cell's Python with python3 and its Swift scenario, normalises timestamps, addresses, \
                idents and the cell's mask= patterns, and compares: line for line, or thread by thread for cells \
                marked fidelity=per-thread, or as a set of lines for fidelity=multiset. The Swift output must be \
                one CPython produced: the fresh run or one recorded under --recordings. --record rewrites the \
                recordings from --runs real python3 runs per cell.
                """)

        @OptionGroup var pipeline: PipelineOptions

        @Flag(help: "Run each cell's Python --runs times and rewrite its recording.")
        var record = false

        @Option(help: "python3 runs per cell when recording.")
        var runs = 10

        @Option(help: "python3 processes at once (they mostly sleep).")
        var pythonJobs = 8

        @Option(name: .customLong("cell"), help: "Only this cell (page/cell); repeat for more.")
        var only: [String] = []

        func validate() throws {
            guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
            guard pythonJobs >= 1 else { throw ValidationError("--python-jobs must be at least 1") }
        }

        func run() async throws {
            let builder = pipeline.builder()
            let mapped: [MappedCell]
            do {
                mapped = try await builder.plan(pipeline.content).cells.filter {
                    only.isEmpty || only.contains($0.id)
                }
            } catch {
                throw fail(error)
            }
            if let unknown = only.first(where: { id in !mapped.contains { $0.id == id } }) {
                throw fail("no cell \(unknown) in \(pipeline.content); `docgen list` shows the cells")
            }
            let cells = mapped.map(FidelityCell.init)
            let python = try PythonCellRunner()
            defer { python.removeFiles() }
            let reports =
                if record {
                    try await FidelityRecorder(
                        python: python, recordings: pipeline.recordings, runs: runs, jobs: pythonJobs
                    ).record(cells) { print($0) }
                } else {
                    await check(cells, mapped: mapped, executor: builder.executor, python: python)
                }
            let failed = reports.filter { !$0.passed }.count
            print("\(reports.count - failed) passed, \(failed) failed")
            if failed > 0 { throw ExitCode(1) }
        }

        /// Runs the Swift scenarios (through the cache, as `docgen build` does), then compares each with CPython.
        private func check(
            _ cells: [FidelityCell], mapped: [MappedCell], executor: CellExecutor, python: PythonCellRunner
        ) async -> [FidelityCellReport] {
            let executions = await executor.execute(mapped.map(CellJob.init))
            let runs = Dictionary(uniqueKeysWithValues: executions.map { ($0.job.id, $0.run) })
            let check = FidelityCheck(python: python, recordings: pipeline.recordings, jobs: pythonJobs)
            let reports = await check.check(cells) { cell in
                switch runs[cell.id] {
                case .finished(let result): .success(result)
                case .failed(let failure): .failure(FidelityRunFailure(failure.description))
                case nil: .failure(FidelityRunFailure("not run"))
                }
            }
            for report in reports { print(report.text) }
            return reports
        }
    }
}
