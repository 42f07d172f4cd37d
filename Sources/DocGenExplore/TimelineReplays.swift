import DocGenModel
import Dispatch
import Synchronization
@_spi(Harness) import Threading

/// The timelines of the most frequent groups, got back by replaying their representatives' schedules on several
/// carriers at once: the replays follow the search, which waits for them, so run one after another they were a serial
/// tail of every exploration.
enum TimelineReplays {
    /// `groups` with the first `top` carrying every event of their representative run, replayed with `options`
    /// (schedule set to each replay string) on up to `workers` carriers at once; the same groups as
    /// `OutputTally.withTimelines` replaying them in order.
    static func groups(
        _ groups: [OutputGroup], top: Int, workers: Int, options: RunOptions,
        main: @escaping @Sendable () throws -> Void
    ) -> [OutputGroup] {
        let schedules = groups.prefix(max(0, top)).map(\.schedule)
        let replays = Mutex((next: 0, results: [RunResult?](repeating: nil, count: schedules.count)))
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, schedules.count))) { _ in
            while let index = replays.withLock({ state -> Int? in
                guard state.next < schedules.count else { return nil }
                defer { state.next += 1 }
                return state.next
            }) {
                var replay = options
                replay.schedule = .replay(schedules[index])
                let result = runProgram(replay, main: main)
                replays.withLock { $0.results[index] = result }
            }
        }
        let results = replays.withLock { $0.results }
        let bySchedule = Dictionary(zip(schedules, results), uniquingKeysWith: { first, _ in first })
        return OutputTally.withTimelines(groups, top: schedules.count) { schedule in
            guard let result = bySchedule[schedule] ?? nil else { preconditionFailure("every top group was replayed") }
            return result
        }
    }
}
