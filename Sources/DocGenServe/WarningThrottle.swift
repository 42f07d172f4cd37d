/// Lets a repeated warning through at most once per `interval`, counting the times it was held back in between, so
/// that a client hammering the server cannot flood the terminal.
struct WarningThrottle: Sendable {
    let interval: Duration
    private var lastSaid: ContinuousClock.Instant?
    private var heldBack = 0

    init(interval: Duration) {
        self.interval = interval
    }

    /// Whether the warning may be said `now`, and then how many times it was held back since it was last said
    /// (`nil`: hold it back, it is counted).
    mutating func allow(now: ContinuousClock.Instant = .now) -> Int? {
        if let lastSaid, now - lastSaid < interval {
            heldBack += 1
            return nil
        }
        lastSaid = now
        defer { heldBack = 0 }
        return heldBack
    }
}
