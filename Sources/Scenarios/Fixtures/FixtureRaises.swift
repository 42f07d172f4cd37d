import Threading

extension Scenario {
    /// The main thread raises, as Python's `raise RuntimeError(…)`.
    static let fixturesRaises = Scenario("fixtures-thrown/raises") {
        throw RuntimeError("release unlocked lock")
    }
}
