import Testing
@_spi(Harness) import Threading

@testable import DocGenExplore
@testable import DocGenModel
@testable import DocGenSite
import DocGenTestSupport

/// A page's key (`PageKeys`) changes with what its files are made from and only with that, across processes (no
/// hashing seeded per process, no dictionary order).
@Suite struct PageKeysTests {
    func page(_ name: String, title: String, prose: String, output: String = "x\n") -> PageView {
        let cell = CodeCell(id: "c", source: "print('x')\n", line: 3, options: CellOptions())
        let document = Document(
            page: name, sourcePath: "content/\(name).md", title: title,
            blocks: [.prose(Prose(pieces: [.markup("<p>\(prose)</p>\n")], text: prose)), .cell(cell)], links: [])
        var tally = OutputTally()
        tally.add(exploreFixtureRun([output], schedule: "r:1"))
        tally.add(exploreFixtureRun(["y\n"], schedule: "r:2"))
        let exploration = Exploration(runs: 2, seed: 1, groups: tally.groups())
        let run = exploreFixtureRun([output], schedule: "default")
        let view = CellView(
            cell: cell, scenarioID: "\(name)/c", swiftPath: "content/\(name).md:3 (translated)", swiftSource: "",
            run: .finished(run), exploration: exploration,
            blocks: [
                .timeline(TimelineFigure(events: run.events, outcome: run.outcome)),
                .exploration(ExplorationBlock(exploration, scenarioID: "\(name)/c", defaultRun: run)),
            ])
        return PageView(document: document, cells: ["c": view])
    }

    func keys(_ pages: [PageView]) -> [String: String] {
        PageKeys.keys(pages, markdown: { "# \($0)\n" }, renderer: "test")
    }

    @Test func theSamePagesGiveTheSameKeys() {
        let pages = [page("a", title: "A", prose: "one"), page("b", title: "B", prose: "two")]
        #expect(keys(pages) == keys(pages.reversed()))
        #expect(Set(keys(pages).values).count == 2)
    }

    @Test func aProseEditChangesItsPagesKeyAlone() {
        let before = keys([page("a", title: "A", prose: "one"), page("b", title: "B", prose: "two")])
        let after = keys([page("a", title: "A", prose: "one, edited"), page("b", title: "B", prose: "two")])
        #expect(before["a"] != after["a"])
        #expect(before["b"] == after["b"])
    }

    @Test func aTitleChangesEveryPagesKeyForEverySidebarListsIt() {
        let before = keys([page("a", title: "A", prose: "one"), page("b", title: "B", prose: "two")])
        let after = keys([page("a", title: "A2", prose: "one"), page("b", title: "B", prose: "two")])
        #expect(before["a"] != after["a"])
        #expect(before["b"] != after["b"])
    }

    @Test func anOutputChangesTheKeyAndSoDoesTheRenderer() {
        let before = keys([page("a", title: "A", prose: "one")])
        #expect(before != keys([page("a", title: "A", prose: "one", output: "z\n")]))
        #expect(
            before != PageKeys.keys([page("a", title: "A", prose: "one")], markdown: { _ in nil }, renderer: "test"))
        #expect(
            before != PageKeys.keys([page("a", title: "A", prose: "one")], markdown: { "# \($0)\n" }, renderer: "2"))
    }

    /// `KeyStream.add` writes these types field by field: a new field must be added there (then here).
    @Test func theTypesKeyedFieldByFieldHaveTheFieldsTheKeyWrites() {
        let pageView = page("a", title: "A", prose: "one")
        let view = pageView.cells["c"]!
        let run = view.run.result!
        let exploration = view.exploration!
        func labels(_ value: Any) -> [String] { Mirror(reflecting: value).children.compactMap(\.label) }
        #expect(labels(run) == ["events", "outcome", "schedule"])
        #expect(labels(run.events[0]) == ["time", "threadIndex", "threadName", "kind"])
        #expect(labels(exploration) == ["runs", "seed", "groups", "search"])
        #expect(
            labels(exploration.groups[0]) == [
                "output", "outcome", "count", "schedule", "firstRun", "events", "hasTimeline",
            ])
        guard case .timeline(let figure) = view.blocks[0], case .exploration(let block) = view.blocks[1] else {
            Issue.record("the blocks are not as made")
            return
        }
        #expect(labels(figure) == ["events", "outcome"])
        #expect(
            labels(block) == ["exploration", "scenarioID", "check", "defaultRun", "limit", "timelines", "inlineRows"])
    }
}
