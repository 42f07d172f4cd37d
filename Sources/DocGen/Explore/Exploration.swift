/// The result of running one program under many schedules: its distinct outputs, most frequent first.
public struct Exploration: Sendable, Equatable {
    /// How many schedules were run.
    public let runs: Int
    /// The base seed the schedules were derived from.
    public let seed: UInt64
    /// The distinct outputs, by count (highest first), then by the run that first produced them (earliest first).
    public let groups: [OutputGroup]

    public init(runs: Int, seed: UInt64, groups: [OutputGroup]) {
        self.runs = runs
        self.seed = seed
        self.groups = groups
    }

    /// True when every schedule produced the same output and outcome.
    public var isDeterministic: Bool { groups.count == 1 }
}
