/// Per-cell settings written in an HTML comment right before a code block:
///
///     <!-- docgen: timeout=10 expect=deadlock explore=500 seed=7 -->
///     <!-- docgen: skip -->
///
/// Keys: `timeout` (seconds, > 0 and ≤ 86400, digits only), `expect` (a failure the cell is meant to show:
/// `deadlock`, `error`, `step-limit`, `timeout`, `crash`), `explore` (`N` schedules to sample, 1 to
/// 1,000,000; `all` for every distinct schedule; `none` for no exploration; see `ExploreOption`), `seed` (a schedule seed), and the bare word `skip` (show the block as plain code, do not run it).
/// For the CPython fidelity check: `fidelity` (`exact`, `per-thread` or `multiset`, see `FidelityMode`) and `mask`
/// (a regular expression whose matches are ignored, e.g. random values; quote it to include blanks,
/// `mask="value \d+"`; repeatable). `id` pins the cell's id (lowercase letters, digits, `-` and `_`), so
/// retitling its heading keeps its scenario, snapshot and recording. `cache=off` runs the cell on every build instead
/// of reusing its cached result (for a scenario whose output depends on what the cache key cannot see: environment
/// variables, files it reads, the clock). Unknown or repeated keys and bad values are
/// errors.
package struct CellOptions: Sendable, Equatable, Hashable {
    package var timeout: Double?
    package var expect: ExpectedFailure?
    /// `nil`: explored exhaustively when the cell has at most `ExploreOption.automaticThreadLimit` threads.
    package var explore: ExploreOption?
    package var seed: UInt64?
    package var skip: Bool
    /// How the fidelity check compares this cell with CPython; `nil` means `exact`.
    package var fidelity: FidelityMode?
    /// Patterns the fidelity check masks in both outputs.
    package var masks: [String]
    /// The cell id given by `id=NAME`; `nil` derives it from the heading.
    package var id: String?
    /// False with `cache=off`: the cell's result is never taken from, or stored in, the result cache.
    package var usesResultCache: Bool

    package init(
        timeout: Double? = nil, expect: ExpectedFailure? = nil, explore: ExploreOption? = nil, seed: UInt64? = nil,
        skip: Bool = false, fidelity: FidelityMode? = nil, masks: [String] = [],
        id: String? = nil, usesResultCache: Bool = true
    ) {
        self.usesResultCache = usesResultCache
        self.id = id
        self.timeout = timeout
        self.expect = expect
        self.explore = explore
        self.seed = seed
        self.skip = skip
        self.fidelity = fidelity
        self.masks = masks
    }
}

/// A way a cell may fail on purpose (a tutorial cell that demonstrates a deadlock, say).
package enum ExpectedFailure: String, Sendable, Equatable, Hashable, CaseIterable {
    case deadlock
    case error
    case stepLimit = "step-limit"
    case timeout
    case crash
}

/// How a cell's Swift output is compared with CPython's.
package enum FidelityMode: String, Sendable, Equatable, Hashable, CaseIterable {
    /// Line for line, in order: for cells whose output CPython prints the same on every run.
    case exact
    /// Each thread's own sequence of lines, ignoring how threads interleave: for cells whose interleaving CPython
    /// varies from run to run.
    case perThread = "per-thread"
    /// The same lines, in any order and from any thread: for cells where even which thread does what varies (a pool
    /// of workers sharing a queue).
    case multiset
}

/// What a cell's `explore=` option asks for: `explore=N` samples N schedules, `explore=all` searches every distinct
/// schedule (`docgen explore --exhaustive`), `explore=none` explores nothing. A cell without the option is searched
/// exhaustively when its default run has at most `automaticThreadLimit` threads (main thread included), and not
/// explored otherwise.
package enum ExploreOption: Sendable, Equatable, Hashable, ExpressibleByIntegerLiteral {
    /// `explore=N`: N random and PCT schedules, the first the default one.
    case schedules(Int)
    /// `explore=all`: every distinct schedule, up to the build's execution budget.
    case all
    /// `explore=none`: no exploration, whatever the thread count.
    case none

    /// Most threads a cell without an `explore=` option may have for the build to search it exhaustively.
    package static let automaticThreadLimit = 4

    package init(integerLiteral value: Int) {
        self = .schedules(value)
    }
}
