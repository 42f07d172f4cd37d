import ArgumentParser
import DocGenExplore
import DocGenModel
import DocGenRun
import Foundation
@_spi(Search) import Threading

extension Docgen.Explore {
    /// True when the exhaustive search is split into parts: `--jobs`, `--shard` or `--merge` given.
    var isSplit: Bool { pipeline.givenJobs != nil || shard != nil || !merge.isEmpty }

    /// The options of a split search that go together.
    func validateSplit() throws {
        if !exhaustive && (shard != nil || !merge.isEmpty) {
            throw ValidationError("--shard and --merge need --exhaustive")
        }
        if shard != nil && !merge.isEmpty {
            throw ValidationError("--shard explores one share and --merge puts the shares together: give one of them")
        }
        if !merge.isEmpty && (maxExecutions != nil || maxSeconds != nil || preemptionBound != nil) {
            throw ValidationError(
                "--merge takes --max-executions, --max-seconds and --preemption-bound from the shard files")
        }
    }

    /// The split search: one shard's parts printed as JSON (`--shard`), the shard files merged (`--merge`), or every
    /// part explored here on `--jobs` cores; the last two print what `explore` prints.
    func runSplit(_ program: @escaping @Sendable () throws -> Void) throws {
        CellProcessLifetime.clearSignalMask()  // the scenario's threads, and processes they start, block nothing
        let seconds = maxSeconds ?? Self.defaultMaxSeconds
        let explorer = SplitExplorer(
            search: ExhaustiveSearch(
                maxExecutions: maxExecutions ?? Self.defaultMaxExecutions, maxSeconds: seconds > 0 ? seconds : nil,
                preemptionBound: preemptionBound),
            jobs: pipeline.jobs)
        let exploration: Exploration
        if !merge.isEmpty {
            var shards: [ShardResult] = []
            for file in merge {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw fail("cannot read the shard file \(file)")
                }
                do { shards.append(try ShardResult(json: data, file: file)) } catch { throw fail(error) }
            }
            if let digest = shards.first?.digest, SearchParts.of(program).digest != digest {
                throw fail("\(merge[0]) split another program than \(id) is now (its parts differ): explore it again")
            }
            do { exploration = try explorer.merge(shards, files: merge, cell: id, main: program) } catch {
                throw fail(error)
            }
        } else {
            let meter = json ? nil : SearchProgress.onTerminal()
            var progress: (@Sendable (Int, Int) -> Void)?
            if let meter { progress = { executions, outputs in meter.update(executions, outputs) } }
            if let shard {
                let result = explorer.shard(program, cell: id, index: shard.index, of: shard.count, progress: progress)
                meter?.finish()
                print(String(decoding: try result.json(), as: UTF8.self))
                return
            }
            exploration = try explorer.explore(program, cell: id, progress: progress)
            meter?.finish()
        }
        if json {
            if CellChild.printJSON(exploration, show: show) != 0 { throw ExitCode(1) }
            return
        }
        let replay = pipeline.content == "content" ? "" : " --content \(pipeline.content)"
        print(
            ExplorationReport.text(exploration, scenarioID: id, limit: show > 0 ? show : nil, replayOptions: replay),
            terminator: "")
    }
}
