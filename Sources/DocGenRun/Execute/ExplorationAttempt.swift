import DocGenModel

/// What asking for a cell's exploration gave: the exploration or why it failed, and whether it ran for this build
/// (`ranNow`) or came from the cache (`fromCache`; neither when the scenario did not compile).
struct ExplorationAttempt {
    /// The cache entry (`ResultCache` text kind) of an exploration that failed, holding the failure's description.
    static let failureKind = "explore-failed.txt"

    /// The exploration, or nil when it was taken from the cache and left undecoded (`json` holds it).
    let outcome: Result<Exploration?, ExplorationFailure>
    let ranNow: Bool
    /// The exploration's JSON text, when it is known and was asked for (`deferring`).
    var json: String?
    var fromCache = false
    /// True when the cache holds the outcome now (it came from there, or was stored).
    var isInCache = false
}

/// Why a cell's exploration failed, as `CellFailure` described it (the cache keeps only the description).
struct ExplorationFailure: Error {
    let reason: String
}
