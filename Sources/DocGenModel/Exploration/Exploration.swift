/// The result of running one program under many schedules: its distinct outputs, most frequent first.
package struct Exploration: Sendable, Equatable {
    /// How many schedules were run.
    package let runs: Int
    /// The base seed the schedules were derived from.
    package let seed: UInt64
    /// The distinct outputs, by count (highest first), then by the run that first produced them (earliest first).
    package let groups: [OutputGroup]
    /// How the exhaustive search went, when the schedules came from one (`runs` is then its executions); nil when
    /// they were sampled.
    package let search: SearchExtent?

    package init(runs: Int, seed: UInt64, groups: [OutputGroup], search: SearchExtent? = nil) {
        self.runs = runs
        self.seed = seed
        self.groups = groups
        self.search = search
    }

    /// True when the groups are every output the program can give (a complete exhaustive search).
    package var isComplete: Bool { search?.complete ?? false }

    /// How many of the most frequent groups keep every event of their run when handed to the build (`json`), so a
    /// page can draw their timelines; the others keep only their writes.
    package static let groupsWithTimelines = 10

    /// True when every schedule produced the same output and outcome.
    package var isDeterministic: Bool { groups.count == 1 }
}
