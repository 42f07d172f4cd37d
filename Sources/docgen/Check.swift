import ArgumentParser
import DocGen
import DocGenVerify
import Foundation

extension Docgen {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Re-run every cell and compare its transcript with the committed snapshot.")

        @OptionGroup var pipeline: PipelineOptions

        @Option(
            help: "Check share I of N of the cells only (1 ≤ I ≤ N), split as by build --shard.",
            transform: NumberArgument.shard)
        var shard: Shard?

        func run() async throws {
            let builder = pipeline.builder()
            let progress = ProgressMeter.onTerminal()
            let inCI = ProcessInfo.processInfo.environment["CI"].map { !$0.isEmpty } ?? false
            let report: CheckReport
            do {
                report = try await builder.check(
                    contentFolder: pipeline.content, snapshotFolder: pipeline.snapshots, missingIsFailure: inCI,
                    shard: shard, progress: progress)
                progress?.end()
            } catch {
                progress?.end()
                throw fail(error)
            }
            report.warnings.forEach(warn)
            let store = SnapshotStore(root: pipeline.snapshots)
            var lines: [String] = []
            for (id, verdict) in report.verdicts {
                switch verdict {
                case .matches, .failedAsExpected: break
                case .missing:
                    lines.append("\(id): no snapshot \(store.path(for: id)); record it with `docgen build --record`")
                case .differs(let diff): lines.append("\(id): output changed\n\(diff)")
                case .failedToRun(let reason): lines.append("\(id): \(reason)")
                }
            }
            for id in report.orphans {
                lines.append("\(id): snapshot \(store.path(for: id)) matches no cell; delete it")
            }
            for path in report.leftovers {
                lines.append("\(path): a temporary file left by an interrupted write; delete it")
            }
            let matched = report.verdicts.filter { $0.verdict == .matches }.count
            lines.append(
                (shard.map { "shard \($0): " } ?? "")
                    + "\(report.verdicts.count) cell(s) checked, \(matched) match their snapshot")
            note(lines.joined(separator: "\n"))
            if !report.passed { throw ExitCode(1) }
        }
    }
}
