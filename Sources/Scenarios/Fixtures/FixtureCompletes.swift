import Threading

extension Scenario {
    /// Completes normally although its cell says `expect=deadlock`: the build must call that out.
    static let fixturesCompletes = Scenario("fixtures-expect-unmet/completes") {
        print("no deadlock here")
    }
}
