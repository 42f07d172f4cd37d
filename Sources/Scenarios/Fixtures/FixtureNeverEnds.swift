import Glibc

extension Scenario {
    /// Blocks forever outside Threading (no virtual clock can end it): docgen must kill it at the cell's timeout.
    static let fixturesNeverEnds = Scenario("fixtures-timeout/never-ends") {
        while true { pause() }
    }
}
