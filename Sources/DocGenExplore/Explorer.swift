import DocGenModel
import Foundation
@_spi(Harness) import Threading

/// Runs one program under many schedules of the simulated runtime, in this process and several at once, and groups
/// what it printed into distinct outputs (`Exploration`).
///
/// Run 0 uses the CPython-like default schedule (the output the docs show); run `i` ≥ 1 uses seed
/// `seed × 1,000,000 + i`, random for odd `i` and PCT for even `i`. The same `runs` and `seed` always give the same
/// `Exploration`, whatever `parallelism` is.
package struct Explorer: Sendable {
    /// How many schedules to run (at least 1).
    package var runs: Int
    /// The base seed the schedules derive from.
    package var seed: UInt64
    /// How many runs go on at the same time (each simulated run keeps to one CPU).
    package var parallelism: Int
    /// Options for every run (step limit, stall timeout, …); `runtime` and `schedule` are set by the explorer.
    package var options: RunOptions

    package init(
        runs: Int = 1_000, seed: UInt64 = 0, parallelism: Int = ProcessInfo.processInfo.activeProcessorCount,
        options: RunOptions = RunOptions()
    ) {
        self.runs = max(1, runs)
        self.seed = seed
        self.parallelism = max(1, parallelism)
        self.options = options
    }

    /// The schedule of run `index` (0-based).
    package func schedule(forRun index: Int) -> SchedulePolicy {
        guard index > 0 else { return .cpythonDefault }
        let derived = seed &* 1_000_000 &+ UInt64(index)
        return index % 2 == 1 ? .random(seed: derived) : .pct(seed: derived)
    }

    /// Runs `main` under `runs` schedules and returns its distinct outputs, most frequent first, each with the writes
    /// of its first run, and the most frequent ones with all its events (thread life cycle included, for a timeline).
    package func explore(_ main: @escaping @Sendable () throws -> Void) -> Exploration {
        var runOptions = options
        runOptions.runtime = .simulated
        let base = runOptions
        // The tally keeps each run's writes only, and the timelines of the top groups come from replays (with `base`):
        // the sampled runs record no life-cycle events (a block and a wake-up at every wait, each a `TraceEvent` with
        // the thread's name), which change nothing else in a run.
        var sampled = base
        sampled.recordsLifecycle = false
        let tally = ParallelTally.tally(
            count: runs, workers: parallelism,
            options: { [self, sampled] index in
                var options = sampled
                options.schedule = schedule(forRun: index)
                return options
            }, main: main)
        let groups = TimelineReplays.groups(
            tally.groups(), top: Exploration.groupsWithTimelines, workers: parallelism, options: base, main: main)
        return Exploration(runs: runs, seed: seed, groups: groups)
    }
}
