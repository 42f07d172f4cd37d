import OrderedCollections
import Threading

/// Counts runs by their distinct (output, outcome), remembering the first run of each, in the order first seen.
struct OutputTally {
    private struct Key: Hashable {
        let output: String
        let outcome: RunOutcome
    }

    private struct Entry {
        var count: Int
        let firstRun: Int
        let first: RunResult
    }

    private var entries: OrderedDictionary<Key, Entry> = [:]
    private(set) var runs = 0

    /// Counts `result` as run number `runs` (the next one).
    mutating func add(_ result: RunResult) {
        let key = Key(output: Self.combinedOutput(of: result), outcome: result.outcome)
        if entries[key] != nil {
            entries[key]!.count += 1
        } else {
            entries[key] = Entry(count: 1, firstRun: runs, first: result)
        }
        runs += 1
    }

    /// Adds another tally's runs after this one's, as if they had been added here in order.
    mutating func append(contentsOf other: OutputTally) {
        for (key, entry) in other.entries {
            if entries[key] != nil {
                entries[key]!.count += entry.count
            } else {
                entries[key] = Entry(count: entry.count, firstRun: runs + entry.firstRun, first: entry.first)
            }
        }
        runs += other.runs
    }

    /// The groups, most frequent first; ties keep the order in which they were first seen.
    func groups() -> [OutputGroup] {
        let groups = entries.map { key, entry in
            OutputGroup(
                output: key.output, outcome: key.outcome, count: entry.count, schedule: entry.first.schedule,
                firstRun: entry.firstRun, events: entry.first.events)
        }
        return groups.sorted { ($0.count, -$0.firstRun) > ($1.count, -$1.firstRun) }
    }

    /// stdout and stderr interleaved in the order written (what the program printed, untagged).
    static func combinedOutput(of result: RunResult) -> String {
        TranscriptFormat.untagged(result)
    }
}
