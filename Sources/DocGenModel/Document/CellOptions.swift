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
