import ArgumentParser
import DocGen
import Foundation

extension Docgen {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-run every cell and compare its transcript with the committed snapshot.")

        @OptionGroup var pipeline: PipelineOptions

        func run() async throws {
            let builder = pipeline.builder()
            let progress = Progress(total: (try? builder.plan(pipeline.content).cells.count) ?? 0)
            let inCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false
            let report: CheckReport
            do {
                report = try await builder.check(
                    contentFolder: pipeline.content, snapshotFolder: pipeline.snapshots, missingIsFailure: inCI,
                    progress: progress.callback)
            } catch {
                throw fail(error)
            }
            let store = SnapshotStore(root: pipeline.snapshots)
            var lines: [String] = []
            for (id, verdict) in report.verdicts {
                switch verdict {
                case .matches, .failedAsExpected: break
                case .missing:
                    lines.append("\(id): no snapshot \(store.path(for: id)); record it with `make record`")
                case .differs(let diff): lines.append("\(id): output changed\n\(diff)")
                case .failedToRun(let reason): lines.append("\(id): \(reason)")
                }
            }
            for id in report.orphans {
                lines.append("\(id): snapshot \(store.path(for: id)) matches no cell; delete it")
            }
            let matched = report.verdicts.filter { $0.verdict == .matches }.count
            lines.append("\(report.verdicts.count) cell(s) checked, \(matched) match their snapshot")
            note(lines.joined(separator: "\n"))
            if !report.passed { throw ExitCode(1) }
        }
    }
}
