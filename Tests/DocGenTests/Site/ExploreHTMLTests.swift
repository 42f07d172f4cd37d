@testable import DocGenExplore
@testable import DocGenModel
@testable import DocGenSite
import DocGenTestSupport
import Testing
@_spi(Harness) import Threading

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct ExploreHTMLTests {
    private func parse(_ fragment: String) throws -> SVGElementView {
        try SVGElementView.parse("<root>" + fragment + "</root>")
    }

    @Test func racyCellListsEveryOutputWithCountAndReplayCommand() throws {
        var tally = OutputTally()
        tally.add(exploreFixtureRun(["<script>x</script>\n"], schedule: "r:1"))
        tally.add(exploreFixtureRun(["b & a\n"], schedule: "p:2"))
        tally.add(exploreFixtureRun(["b & a\n"], schedule: "p:3"))
        let exploration = Exploration(runs: 3, seed: 7, groups: tally.groups())
        let html = rendered(ExplorationBlock(exploration, scenarioID: "page/cell")).html
        #expect(!html.contains("<script"))
        let root = try parse(html)
        #expect(root.all("p").first?.text == "2 distinct outputs in 3 schedules")
        let details = root.all("details")
        #expect(details.count == 2)
        #expect(details.allSatisfy { $0.attribute("open") == nil })
        #expect(
            details.map { $0.all("summary")[0].text } == ["Output 1: 2 of 3 schedules", "Output 2: 1 of 3 schedules"])
        #expect(details.map { $0.all("pre")[0].text } == ["b & a\n", "<script>x</script>\n"])
        #expect(
            details.map { $0.all("code")[0].text } == [
                "docgen run page/cell --schedule p:2", "docgen run page/cell --schedule r:1",
            ])
    }

    @Test func deterministicCellIsOneSentence() throws {
        var tally = OutputTally()
        for index in 0..<5 { tally.add(exploreFixtureRun(["same\n"], schedule: "s\(index)")) }
        let html = rendered(ExplorationBlock(Exploration(runs: 5, seed: 0, groups: tally.groups()), scenarioID: "p/c"))
            .html
        let root = try parse(html)
        #expect(root.children.map(\.name) == ["p"])
        #expect(root.children[0].text == "Deterministic across 5 schedules.")
        #expect(root.all("details").isEmpty)
    }

    @Test func outcomeIsPartOfTheSummary() throws {
        var tally = OutputTally()
        tally.add(exploreFixtureRun(["a\n"], schedule: "s0"))
        tally.add(exploreFixtureRun(["a\n"], outcome: .deadlock(report: "r"), schedule: "s1"))
        let html = rendered(ExplorationBlock(Exploration(runs: 2, seed: 0, groups: tally.groups()), scenarioID: "p/c"))
            .html
        let summaries = try parse(html).all("summary").map(\.text)
        #expect(summaries == ["Output 1: 1 of 2 schedules", "Output 2: 1 of 2 schedules, ending in deadlock"])
    }
}

extension ExploreHTMLTests {
    @Test func manyOutputsShowTheMostFrequentAndCountTheRest() throws {
        var tally = OutputTally()
        for index in 0..<12 { tally.add(exploreFixtureRun(["line \(index)\n"], schedule: "r\(index)")) }
        let exploration = Exploration(runs: 12, seed: 3, groups: tally.groups())
        let root = try parse(rendered(ExplorationBlock(exploration, scenarioID: "p/c")).html)
        #expect(root.all("p").first?.text == "12 distinct outputs in 12 schedules")
        #expect(root.all("details").count == 10)
        let more = try #require(root.all("p", class: "dg-more").first)
        #expect(more.text == "2 more distinct outputs: docgen explore p/c --runs 12 --seed 3 --show 0 lists them all.")
    }
}

extension ExploreHTMLTests {
    @Test func groupsWithEventsShowOutputByThreadAndTheirTimeline() throws {
        let events = [
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .started),
            TraceEvent(time: 0, threadIndex: 1, threadName: "Thread-1", kind: .started),
            TraceEvent(time: 0, threadIndex: 1, threadName: "Thread-1", kind: .output(.stdout, "one <1>\n")),
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "main\n")),
        ]
        let runs = [
            "r1": RunResult(events: events, outcome: .completed, schedule: "r1"),
            "p2": exploreFixtureRun(["main\n", "one <1>\n"], schedule: "p2"),
        ]
        var tally = OutputTally()
        tally.add(runs["r1"]!)
        tally.add(runs["p2"]!)
        let exploration = Exploration(
            runs: 2, seed: 0, groups: tally.groups(timelinesForTop: 2) { runs[$0]! })
        let (html, files) = rendered(ExplorationBlock(exploration, scenarioID: "p/c"))
        let root = try parse(html)
        #expect(root.all("svg").isEmpty, "timelines are files, loaded when their fold opens")
        let first = root.all("details")[0]
        #expect(first.all("pre")[0].children.map { $0.attribute("class") } == ["dg-thread-1", "dg-thread-0"])
        #expect(first.all("pre")[0].text == "one <1>\nmain\n")
        func drawing(_ fold: SVGElementView) throws -> SVGElementView {
            let links = fold.all("a", class: "dg-figure")
            #expect(links.count == 1)
            let path = try #require(links.first?.attribute("href"))
            return try SVGElementView.parse(try #require(files[path]))
        }
        #expect(try drawing(first).all("g", class: "lane").count == 2)
        #expect(try drawing(root.all("details")[1]).all("g", class: "lane").count == 1)
        #expect(files.keys.sorted() == ["p-figures/cell-c-1.svg", "p-figures/cell-c-2.svg"])
        let eventless = OutputGroup(
            output: "x <y>\n", outcome: .completed, count: 1, schedule: "r3", firstRun: 2, events: [])
        let plain = Exploration(runs: 3, seed: 0, groups: exploration.groups + [eventless])
        let third = try parse(rendered(ExplorationBlock(plain, scenarioID: "p/c")).html).all("details")[2]
        #expect(third.all("a", class: "dg-figure").isEmpty)
        #expect(third.all("pre")[0].children.isEmpty && third.all("pre")[0].text == "x <y>\n")
        let withoutTimelines = rendered(ExplorationBlock(exploration, scenarioID: "p/c", timelines: false))
        #expect(try parse(withoutTimelines.html).all("a", class: "dg-figure").isEmpty && withoutTimelines.files.isEmpty)
    }
}

extension ExploreHTMLTests {
    @Test func theDefaultSchedulesOutputIsMarked() throws {
        var tally = OutputTally()
        tally.add(exploreFixtureRun(["b\n"], schedule: "r1"))
        tally.add(exploreFixtureRun(["a\n"], schedule: "default"))
        let exploration = Exploration(runs: 2, seed: 0, groups: tally.groups())
        let summaries = try parse(rendered(ExplorationBlock(exploration, scenarioID: "p/c")).html).all("summary").map(
            \.text)
        #expect(
            summaries == [
                "Output 1: 1 of 2 schedules", "Output 2: 1 of 2 schedules (the default schedule's, shown above)",
            ])
    }
}
