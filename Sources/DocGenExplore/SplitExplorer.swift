import DocGenModel
import Dispatch
import Foundation
import Synchronization
@_spi(Harness) @_spi(Search) import Threading

/// An exhaustive search split into parts (Threading's `SearchParts`: the program's first steps up to a small depth,
/// enumerated with sleep sets, the same on every machine), explored on several cores of this process (`jobs`) and, with shards, on
/// several machines: shard I of N explores the parts k with k mod N = I - 1 and writes a `ShardResult`; merged
/// (`ShardResult.merge`), the shards give the exploration one process exploring every part gives, byte for byte,
/// whatever N and `jobs` are.
///
/// Each part is an exhaustive search of its own from the state after its first steps (rounds of increasing preemption
/// bounds, as `ExhaustiveSearch`); a class several parts reach is counted by one of them, so the counts add up. The
/// execution budget is the whole search's: each of the P parts gets a P-th of it (at least 1), so a search cut short
/// by it is the same however it is split. The time budget is each process's: parts not begun when it runs out are
/// left unexplored (the search is then incomplete, and which parts those are depends on the machine).
package struct SplitExplorer: Sendable {
    /// The search's settings (budget of the whole search, preemption bound, run options).
    package var search: ExhaustiveSearch
    /// How many parts are explored at once in this process (each on a carrier thread of its own).
    package var jobs: Int

    package init(search: ExhaustiveSearch, jobs: Int) {
        self.search = search
        self.jobs = max(1, jobs)
    }

    /// The settings a shard file records (every shard of one search must have the same).
    package var settings: ShardResult.Settings {
        ShardResult.Settings(
            maxExecutions: search.maxExecutions, maxSeconds: search.maxSeconds, preemptionBound: search.preemptionBound)
    }

    /// Explores shard `index` of `count` (1-based) of `main`'s parts; `progress`, when given, is told after each
    /// execution how many executions the shard counted and how many distinct outputs they gave.
    package func shard(
        _ main: @escaping @Sendable () throws -> Void, cell: String, index: Int = 1, of count: Int = 1,
        progress: (@Sendable (_ executions: Int, _ outputs: Int) -> Void)? = nil
    ) -> ShardResult {
        let parts = SearchParts.of(main, options: search.options)
        let mine = parts.parts.indices.filter { $0 % count == index - 1 }
        let meter = progress.map(Meter.init)
        let deadline = search.maxSeconds.map { Self.now() + $0 }
        let done = Mutex<[Int: (ShardResult.Part, [ShardResult.Group])]>([:])
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, mine.count))) { _ in
            while true {
                let position = next.add(1, ordering: .relaxed).oldValue
                guard position < mine.count else { return }
                let part = mine[position]
                let result = explore(
                    part: part, of: parts, main: main, deadline: deadline, meter: meter)
                done.withLock { $0[part] = result }
            }
        }
        let results = done.withLock { results in mine.map { results[$0]! } }
        return ShardResult(
            cell: cell, settings: settings, parts: parts.parts.count, digest: parts.digest, index: index,
            count: count, explored: results.map(\.0), groups: ShardResult.mergedGroups(results.flatMap(\.1)))
    }

    /// The exploration of every part of `main`, as shards merged give it: its `jobs` explore the parts, then the
    /// most frequent outputs' whole runs are replayed for their timelines.
    package func explore(
        _ main: @escaping @Sendable () throws -> Void, cell: String,
        progress: (@Sendable (_ executions: Int, _ outputs: Int) -> Void)? = nil
    ) throws -> Exploration {
        let result = shard(main, cell: cell, progress: progress)
        // Through the shard file's JSON, as a merge reads it: one path to the same bytes.
        let read = try ShardResult(json: result.json(), file: "(this process)")
        return try merge([read], files: ["(this process)"], cell: cell, main: main)
    }

    /// `shards` merged (`ShardResult.merge`), with the most frequent outputs' whole runs replayed from their
    /// schedules for their timelines.
    ///
    /// - Throws: `ShardMergeError` when the shards are not every shard of one search of `cell`.
    package func merge(
        _ shards: [ShardResult], files: [String], cell: String, main: @escaping @Sendable () throws -> Void
    ) throws(ShardMergeError) -> Exploration {
        let merged = try ShardResult.merge(shards, files: files, cell: cell)
        let groups = OutputTally.withTimelines(merged.groups, top: Exploration.groupsWithTimelines) { schedule in
            var options = search.options
            options.runtime = .simulated
            options.schedule = .replay(schedule)
            return runProgram(options, main: main)
        }
        return Exploration(runs: merged.runs, seed: merged.seed, groups: groups, search: merged.search)
    }

    /// Explores one part (its share of the execution budget, what is left of the time budget).
    private func explore(
        part: Int, of parts: SearchParts, main: @escaping @Sendable () throws -> Void, deadline: Double?, meter: Meter?
    ) -> (ShardResult.Part, [ShardResult.Group]) {
        var partSearch = search
        partSearch.part = parts.parts[part]
        partSearch.maxExecutions = search.maxExecutions.map {
            max(1, ($0 + parts.parts.count - 1) / parts.parts.count)
        }
        if let deadline {
            let left = deadline - Self.now()
            guard left > 0 else {
                let skipped = ShardResult.Part(
                    part: part, executions: 0, notCounted: 0, complete: false, boundHit: false,
                    diverged: parts.diverged, executionBudgetHit: false, secondsBudgetHit: true)
                return (skipped, [])
            }
            partSearch.maxSeconds = left
        }
        var tally = OutputTally()
        let summary = partSearch.run(main) { result, preemptions in
            tally.add(result, preemptions: preemptions)
            meter?.add(OutputTally.combinedOutput(of: result))
        }
        let byExecutions =
            summary.budgetHit && partSearch.maxExecutions.map { summary.executions >= $0 } == true
        let extent = ShardResult.Part(
            part: part, executions: summary.executions,
            notCounted: summary.cutShort + summary.repeated + summary.elsewhere,
            complete: summary.complete && !parts.diverged, boundHit: summary.boundHit,
            diverged: summary.diverged || parts.diverged, executionBudgetHit: byExecutions,
            secondsBudgetHit: summary.budgetHit && !byExecutions)
        return (extent, tally.rankedGroups())
    }

    /// Seconds on a monotonic clock.
    private static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    /// Counts the executions and distinct outputs of the parts going on at once, for a progress line.
    private final class Meter: Sendable {
        private let state = Mutex<(executions: Int, outputs: Set<String>)>((0, []))
        private let report: @Sendable (Int, Int) -> Void

        init(_ report: @escaping @Sendable (Int, Int) -> Void) { self.report = report }

        /// Counts an execution that printed `output`, and reports (one report at a time).
        func add(_ output: String) {
            state.withLock { state in
                state.executions += 1
                state.outputs.insert(output)
                report(state.executions, state.outputs.count)
            }
        }
    }
}
