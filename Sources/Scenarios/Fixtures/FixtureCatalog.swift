extension ScenarioCatalog {
    /// Scenarios behind the pipeline's test fixtures (pages under `Tests/Fixtures/`), ids `fixtures-*/…`.
    static var fixtures: [Scenario] {
        [
            .fixturesHello, .fixturesCrash, .fixturesNeverEnds, .fixturesDeadlock, .fixturesExpectedDeadlock,
            .fixturesFlood, .fixturesRawBytes, .fixturesScript, .fixturesExample, .fixturesExample2,
            .fixturesRaises, .fixturesRace, .fixturesClock, .fixturesCompletes,
        ]
    }
}
