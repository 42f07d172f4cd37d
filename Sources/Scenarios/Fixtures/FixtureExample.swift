import Threading

extension Scenario {
    /// The first of two cells under headings both titled "Example".
    static let fixturesExample = Scenario("fixtures-duplicate-headings/example") {
        print("first")
    }

    /// The second, whose id got the `-2` suffix.
    static let fixturesExample2 = Scenario("fixtures-duplicate-headings/example-2") {
        print("second")
    }
}
