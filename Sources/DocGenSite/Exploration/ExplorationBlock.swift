import DocGenModel
import DocGenVerify
@_spi(Harness) import Threading

/// A cell's explored outputs as a block of the cell (`ExplorationDecorator`), drawn by `ExplorationHTML` (sampled) or
/// `OutcomeTableHTML` (searched exhaustively).
package struct ExplorationBlock: Sendable, Equatable {
    package var exploration: Exploration
    /// The cell's scenario id, for the replay commands (`page/cell`).
    package var scenarioID: String
    /// An exhaustive search's comparison with the cell's CPython recording: fills in what CPython printed.
    package var check: ModelCheck?
    /// The cell's own run, shown above: the search's output that is its is marked.
    package var defaultRun: RunResult?
    /// How many of the most frequent outputs get a fold.
    package var limit: Int
    /// Folds of a sampled exploration (its only listing of the outputs).
    package static let sampledFolds = Exploration.groupsWithTimelines
    /// Folds under an outcome table (which lists every output already): enough to flip through the usual orders, few
    /// enough that a page of many racy cells stays within its first-load budget.
    package static let tableFolds = 5
    /// Rows of an outcome table on the page: a page of several racy cells stays within its first-load budget.
    package static let tableRows = 12
    /// Whether the folds show their run's timeline.
    package var timelines: Bool
    /// How many rows of an outcome table the page carries; the complete table, past them, is a page of its own.
    package var inlineRows: Int

    package init(
        _ exploration: Exploration, scenarioID: String, check: ModelCheck? = nil, defaultRun: RunResult? = nil,
        limit: Int? = nil, timelines: Bool = true, inlineRows: Int = Self.tableRows
    ) {
        self.exploration = exploration
        self.scenarioID = scenarioID
        self.check = check
        self.defaultRun = defaultRun
        self.limit = limit ?? (exploration.search == nil ? Self.sampledFolds : Self.tableFolds)
        self.timelines = timelines
        self.inlineRows = inlineRows
    }
}
