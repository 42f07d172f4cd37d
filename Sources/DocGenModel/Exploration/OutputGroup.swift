@_spi(Harness) import Threading

/// One distinct output of a program among the schedules explored: what it printed and how it ended, how many schedules
/// produced it, and a schedule that reproduces it.
package struct OutputGroup: Sendable, Equatable {
    /// Everything the program wrote to stdout and stderr, interleaved in the order it was written: what a terminal
    /// shows for `program 2>&1`.
    package let output: String
    /// How the runs in this group ended (a deadlock in some schedules is a distinct result even with equal output).
    package let outcome: RunOutcome
    /// How many of the explored schedules produced this output and outcome.
    package let count: Int
    /// The replay string of the first schedule that produced it: `docgen run ID --schedule <schedule>` prints it again.
    package let schedule: String
    /// Whether the CPython-like default schedule gave this output (the one a page shows as the cell's output).
    package var includesDefaultSchedule: Bool { schedule == "default" }
    /// The position (0-based) of that first schedule among the runs explored.
    package let firstRun: Int
    /// That first run's events, e.g. for drawing its timeline; only its writes for a group read from JSON that kept
    /// no more (`Exploration.json(eventsForTop:)`) or kept by a search as `CompactWrites`.
    package var events: [TraceEvent] {
        switch run {
        case .events(let events): events
        case .writes(let writes): writes.events(output: output)
        }
    }
    private let run: Run
    /// Whether `events` are the whole run's, not only its writes (as `Exploration.json(eventsForTop:)` keeps past
    /// the most frequent groups): then its timeline can be drawn.
    package let hasTimeline: Bool

    package init(
        output: String, outcome: RunOutcome, count: Int, schedule: String, firstRun: Int, events: [TraceEvent],
        hasTimeline: Bool = true
    ) {
        self.init(
            output: output, outcome: outcome, count: count, schedule: schedule, firstRun: firstRun,
            run: .events(events), hasTimeline: hasTimeline)
    }

    /// A group that keeps only its first run's writes, compactly (`hasTimeline` false).
    package init(
        output: String, outcome: RunOutcome, count: Int, schedule: String, firstRun: Int, writes: CompactWrites
    ) {
        self.init(
            output: output, outcome: outcome, count: count, schedule: schedule, firstRun: firstRun,
            run: .writes(writes), hasTimeline: false)
    }

    /// `group` with another count and position among the runs (the groups of a split search, merged).
    package init(_ group: OutputGroup, count: Int, firstRun: Int) {
        self.init(
            output: group.output, outcome: group.outcome, count: count, schedule: group.schedule, firstRun: firstRun,
            run: group.run, hasTimeline: group.hasTimeline)
    }

    private init(
        output: String, outcome: RunOutcome, count: Int, schedule: String, firstRun: Int, run: Run, hasTimeline: Bool
    ) {
        self.output = output
        self.outcome = outcome
        self.count = count
        self.schedule = schedule
        self.firstRun = firstRun
        self.run = run
        self.hasTimeline = hasTimeline
    }

    /// How the first run is kept.
    private enum Run: Sendable {
        case events([TraceEvent])
        case writes(CompactWrites)
    }

    package static func == (left: OutputGroup, right: OutputGroup) -> Bool {
        (left.output, left.outcome, left.count, left.schedule, left.firstRun, left.hasTimeline)
            == (right.output, right.outcome, right.count, right.schedule, right.firstRun, right.hasTimeline)
            && left.events == right.events
    }
}
