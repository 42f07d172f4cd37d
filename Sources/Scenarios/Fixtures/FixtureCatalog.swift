extension ScenarioCatalog {
    /// Scenarios behind the pipeline's test fixtures (pages under `Tests/Fixtures/`), ids `fixtures-*/…`.
    static var fixtures: [Scenario] {
        [.fixturesCrash, .fixturesNeverEnds, .fixturesRawBytes]
    }
}
