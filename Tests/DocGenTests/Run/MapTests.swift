@testable import DocGenModel
@testable import DocGenParse
@testable import DocGenRun
import DocGenTestSupport
import Foundation
import Testing

/// Scenarios are found by place: `<content>/<page>/<cell>.swift`, or a swift block right after the cell.
@Suite struct MapTests {
    let content: String

    init() throws {
        content = try TestSupport.temporaryFolder("map") + "/content"
    }

    func document(_ markdown: String = "## Daemon\n\n    a()\n\n## Queued threads\n\n    b()\n") throws -> Document {
        try DocumentParser.parse(markdown, page: "tut", sourcePath: content + "/tut.md")
    }

    @Test func cellsPairWithTheirScenarioFiles() throws {
        try TestSupport.write("print(1)\n", to: content + "/tut/daemon.swift")
        try TestSupport.write("print(2)\n", to: content + "/tut/queued-threads.swift")
        let mapped = try CellMapper.map([document()], contentFolder: content)
        #expect(mapped.map(\.id) == ["tut/daemon", "tut/queued-threads"])
        #expect(
            mapped.map(\.scenario) == [
                ScenarioSource(text: "print(1)\n", path: content + "/tut/daemon.swift"),
                ScenarioSource(text: "print(2)\n", path: content + "/tut/queued-threads.swift"),
            ])
    }

    @Test func anInlineSwiftBlockIsTheCellsScenario() throws {
        let markdown = "## Daemon\n\n```python\na()\n```\n\n```swift\nprint(1)\n```\n"
        let mapped = try CellMapper.map([document(markdown)], contentFolder: content)
        #expect(
            mapped.map(\.scenario) == [
                ScenarioSource(text: "print(1)\n", path: content + "/tut.md", firstLine: 8, inline: true)
            ])
    }

    @Test func aCellWithoutScenarioNamesTheFileToCreate() throws {
        try TestSupport.write("print(1)\n", to: content + "/tut/daemon.swift")
        let error = MapError.missingScenario(
            id: "tut/queued-threads", contentFile: content + "/tut.md", line: 7,
            scenarioFile: content + "/tut/queued-threads.swift")
        #expect(throws: MapFailure(errors: [error])) { try CellMapper.map([document()], contentFolder: content) }
        #expect(
            error.description
                == "\(content)/tut.md:7: cell 'tut/queued-threads' has no scenario; create "
                + "\(content)/tut/queued-threads.swift (or put a fenced swift block right after the cell's Python block)"
        )
    }

    @Test func aScenarioFileWithoutACellIsAnErrorNamingTheFileToDelete() throws {
        try TestSupport.write("print(1)\n", to: content + "/tut/daemon.swift")
        try TestSupport.write("print(2)\n", to: content + "/tut/queued-threads.swift")
        try TestSupport.write("print(3)\n", to: content + "/tut/gone.swift")
        try TestSupport.write("print(4)\n", to: content + "/nopage/x.swift")
        #expect(
            throws: MapFailure(errors: [
                .orphanScenario(file: content + "/nopage/x.swift", contentFile: content + "/nopage.md"),
                .orphanScenario(file: content + "/tut/gone.swift", contentFile: content + "/tut.md"),
            ])
        ) {
            try CellMapper.map([document()], contentFolder: content)
        }
    }

    @Test func aFileAndAnInlineBlockForOneCellIsAnErrorNamingBoth() throws {
        try TestSupport.write("print(1)\n", to: content + "/tut/daemon.swift")
        let markdown = "## Daemon\n\n```python\na()\n```\n\n```swift\nprint(1)\n```\n"
        let error = MapError.twoScenarios(
            id: "tut/daemon", file: content + "/tut/daemon.swift", contentFile: content + "/tut.md", blockLine: 7)
        #expect(throws: MapFailure(errors: [error])) {
            try CellMapper.map([document(markdown)], contentFolder: content)
        }
        #expect(
            error.description
                == "\(content)/tut.md:7: cell 'tut/daemon' has two scenarios, this swift block and "
                + "\(content)/tut/daemon.swift; delete one")
    }
}
