extension Scenario {
    /// Dies with a trap, like a Python process killed by a signal: docgen must report a crash, not hang or panic.
    static let fixturesCrash = Scenario("fixtures-crash/crash") {
        fatalError("the fixture crashes on purpose")
    }
}
