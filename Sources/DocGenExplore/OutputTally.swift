import DocGenModel
import OrderedCollections
@_spi(Harness) import Threading

/// Counts runs by their distinct (output, outcome), remembering the first run of each, in the order first seen.
///
/// Of each representative run only the schedule and the writes (`CompactWrites`) are kept: its other events (starts,
/// blocks, wake-ups) and its writes as events took most of a long search's memory, and only the groups a page draws a
/// timeline of need them. `groups(timelinesForTop:replay:)` gets those back by replaying their schedules.
package struct OutputTally {
    /// A group's identity. Its hash is computed once, when the run is added: joining tallies (`append`) and looking
    /// a key up again then cost no second pass over an output of thousands of bytes.
    private struct Key: Hashable {
        let output: String
        let outcome: RunOutcome
        private let hash: Int

        init(output: String, outcome: RunOutcome) {
            self.output = output
            self.outcome = outcome
            var hasher = Hasher()
            hasher.combine(output)
            hasher.combine(outcome)
            hash = hasher.finalize()
        }

        static func == (left: Key, right: Key) -> Bool {
            left.hash == right.hash && left.output == right.output && left.outcome == right.outcome
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(hash)
        }
    }

    private struct Entry {
        var count: Int
        /// The representative run (the first, or under a search the first with the fewest preemptions): its number,
        /// replay string and writes.
        var firstRun: Int
        var schedule: String
        var writes: Writes
        var preemptions: Int
    }

    private var entries: OrderedDictionary<Key, Entry> = [:]
    private(set) var runs = 0

    /// How many distinct (output, outcome) pairs were counted.
    var distinct: Int { entries.count }

    /// Counts `result` as run number `runs` (the next one); a run with fewer `preemptions` than its group's
    /// representative becomes the representative (its replay string is the simplest).
    mutating func add(_ result: RunResult, preemptions: Int = 0) {
        let key = Key(output: Self.combinedOutput(of: result), outcome: result.outcome)
        if let index = entries.index(forKey: key) {
            entries.values[index].count += 1
            if preemptions < entries.values[index].preemptions {
                entries.values[index].schedule = result.schedule
                entries.values[index].writes = Writes(result, output: key.output)
                entries.values[index].firstRun = runs
                entries.values[index].preemptions = preemptions
            }
        } else {
            entries[key] = Entry(
                count: 1, firstRun: runs, schedule: result.schedule, writes: Writes(result, output: key.output),
                preemptions: preemptions)
        }
        runs += 1
    }

    /// Counts `result` as run number `run` of runs shared among several tallies (`ParallelTally`), each counting some
    /// of the run numbers in increasing order: its first run of a group is its representative. `merge` joins them.
    mutating func add(_ result: RunResult, run: Int) {
        let key = Key(output: Self.combinedOutput(of: result), outcome: result.outcome)
        if let index = entries.index(forKey: key) {
            entries.values[index].count += 1
        } else {
            entries[key] = Entry(
                count: 1, firstRun: run, schedule: result.schedule, writes: Writes(result, output: key.output),
                preemptions: 0)
        }
        runs += 1
    }

    /// Joins a tally that counted other run numbers (`add(_:run:)`): each group's representative is its first run of
    /// all. The groups (`groups()`) do not depend on the order tallies are merged in.
    mutating func merge(_ other: OutputTally) {
        for (key, entry) in other.entries {
            if let index = entries.index(forKey: key) {
                entries.values[index].count += entry.count
                if entry.firstRun < entries.values[index].firstRun {
                    entries.values[index].firstRun = entry.firstRun
                    entries.values[index].schedule = entry.schedule
                    entries.values[index].writes = entry.writes
                }
            } else {
                entries[key] = entry
            }
        }
        runs += other.runs
    }

    /// Adds another tally's runs after this one's, as if they had been added here in order.
    mutating func append(contentsOf other: OutputTally) {
        for (key, entry) in other.entries {
            if let index = entries.index(forKey: key) {
                entries.values[index].count += entry.count
            } else {
                var moved = entry
                moved.firstRun += runs
                entries[key] = moved
            }
        }
        runs += other.runs
    }

    /// The groups, most frequent first; ties keep the order in which they were first seen. The first `top` groups
    /// carry every event of their representative run, which `replay` runs again from its schedule string; the others
    /// carry its writes only.
    func groups(timelinesForTop top: Int, replay: (String) -> RunResult) -> [OutputGroup] {
        Self.withTimelines(groups(), top: top, replay: replay)
    }

    /// `groups` with the first `top` carrying every event of their representative run, which `replay` runs again
    /// from its schedule string.
    static func withTimelines(_ groups: [OutputGroup], top: Int, replay: (String) -> RunResult) -> [OutputGroup] {
        groups.enumerated().map { index, group in
            guard index < top else { return group }
            let again = replay(group.schedule)
            // A replay is deterministic; should it ever differ, the group keeps its writes rather than another run's.
            guard again.outcome == group.outcome, Self.writes(of: again.events) == group.events else { return group }
            return OutputGroup(
                output: group.output, outcome: group.outcome, count: group.count, schedule: group.schedule,
                firstRun: group.firstRun, events: again.events)
        }
    }

    /// The groups, most frequent first (ties in the order first seen), each with its representative's writes only.
    func groups() -> [OutputGroup] {
        entries.map(Self.group).sorted { ($0.count, -$0.firstRun) > ($1.count, -$1.firstRun) }
    }

    /// An entry as a group with its representative's writes only.
    private static func group(_ key: Key, _ entry: Entry) -> OutputGroup {
        switch entry.writes {
        case .compact(let writes):
            OutputGroup(
                output: key.output, outcome: key.outcome, count: entry.count, schedule: entry.schedule,
                firstRun: entry.firstRun, writes: writes)
        case .events(let events):
            OutputGroup(
                output: key.output, outcome: key.outcome, count: entry.count, schedule: entry.schedule,
                firstRun: entry.firstRun, events: events, hasTimeline: false)
        }
    }

    /// The groups with the preemptions of their representatives, for merging with other parts' (`ShardResult`).
    func rankedGroups() -> [ShardResult.Group] {
        entries.map { ShardResult.Group(Self.group($0, $1), preemptions: $1.preemptions) }
    }

    /// A representative's writes: compact, or as events when they do not make up the output exactly.
    private enum Writes {
        case compact(CompactWrites)
        case events([TraceEvent])

        init(_ result: RunResult, output: String) {
            if let compact = CompactWrites(events: result.events, output: output) {
                self = .compact(compact)
            } else {
                self = .events(OutputTally.writes(of: result.events))
            }
        }
    }

    /// The writes among `events`.
    private static func writes(of events: [TraceEvent]) -> [TraceEvent] {
        events.filter { if case .output = $0.kind { true } else { false } }
    }

    /// stdout and stderr interleaved in the order written (what the program printed, untagged).
    package static func combinedOutput(of result: RunResult) -> String {
        TranscriptFormat.untagged(result)
    }
}
