import Testing

@testable import DocGen

@Suite struct MapTests {
    let document = try! DocumentParser.parse(
        "## Daemon\n\n    a()\n\n## Queued threads\n\n    b()\n", page: "tut", sourcePath: "content/tut.md")

    @Test func cellsPairWithScenariosByPageAndCellID() throws {
        let scenarios = [
            ScenarioReference(id: "tut/daemon", sourcePath: "D.swift"),
            ScenarioReference(id: "tut/queued-threads", sourcePath: "Q.swift"),
            ScenarioReference(id: "other-page/x", sourcePath: "X.swift"),
        ]
        let mapped = try CellMapper.map([document], scenarios: scenarios)
        #expect(mapped.map(\.id) == ["tut/daemon", "tut/queued-threads"])
        #expect(mapped.map(\.scenario.sourcePath) == ["D.swift", "Q.swift"])
    }

    @Test func aCellWithoutScenarioNamesTheFileToCreate() {
        let scenarios = [ScenarioReference(id: "tut/daemon", sourcePath: "D.swift")]
        #expect(
            throws: MapFailure(errors: [
                .missingScenario(
                    id: "tut/queued-threads", contentFile: "content/tut.md",
                    line: 7)
            ])
        ) {
            try CellMapper.map([document], scenarios: scenarios)
        }
        let message = MapError.missingScenario(id: "tut/queued-threads", contentFile: "content/tut.md", line: 7)
            .description
        #expect(
            message == "content/tut.md:7: cell 'queued-threads' of page 'tut' has no scenario; create "
                + "Sources/Scenarios/Tutorial/QueuedThreads.swift defining Scenario(\"tut/queued-threads\") and add it "
                + "to ScenarioCatalog.tutorial")
    }

    @Test func aScenarioOfThePageWithoutACellIsAnError() {
        let scenarios = [
            ScenarioReference(id: "tut/daemon", sourcePath: "D.swift"),
            ScenarioReference(id: "tut/queued-threads", sourcePath: "Q.swift"),
            ScenarioReference(id: "tut/gone", sourcePath: "G.swift"),
        ]
        #expect(
            throws: MapFailure(errors: [
                .orphanScenario(
                    id: "tut/gone", sourcePath: "G.swift",
                    contentFile: "content/tut.md")
            ])
        ) {
            try CellMapper.map([document], scenarios: scenarios)
        }
    }
}
