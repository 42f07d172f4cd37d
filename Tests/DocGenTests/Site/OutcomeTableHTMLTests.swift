@testable import DocGenExplore
@testable import DocGenSite
import DocGenTestSupport
@testable import DocGenVerify
import Testing
@_spi(Harness) import Threading

@Suite struct OutcomeTableHTMLTests {
    private let program: @Sendable () throws -> Void = {
        let f = def("f") { (tag: String) in print(tag + "\n", terminator: "") }  // the line in one write
        try Thread(target: f, args: "a").start()
        try Thread(target: f, args: "b").start()
    }

    private func parse(_ fragment: String) throws -> SVGElementView {
        try SVGElementView.parse("<root>" + fragment + "</root>")
    }

    /// A recording of `runs` CPython runs that all printed `a` then `b`.
    private func recording(runs: Int, extra: [[String]] = []) -> CPythonRecording {
        let lines = { (names: [String]) in
            names.map { FidelityLine(stream: .stdout, thread: $0 == "a" ? "Thread-1 (f)" : "Thread-2 (f)", text: $0) }
        }
        return CPythonRecording(
            cell: "p/c", python: "3.11", fingerprint: "x", mode: .exact,
            variants: [.init(runs: runs, lines: lines(["a", "b"]))] + extra.map { .init(runs: 1, lines: lines($0)) })
    }

    @Test func aCompleteSearchSaysHowManyOutputsAndWhichCPythonPrinted() throws {
        let exploration = ExhaustiveExplorer().explore(program)
        #expect(exploration.isComplete)
        let check = ModelCheck(
            cell: "p/c", exploration: exploration, recording: recording(runs: 3),
            normaliser: try FidelityNormaliser())
        let root = try parse(rendered(ExplorationBlock(exploration, scenarioID: "p/c", check: check)).html)
        #expect(
            root.all("p", class: "dg-outcomes-head").first?.text
                == "2 possible outputs (the search ran all \(exploration.runs) distinct schedules); CPython printed 1 "
                + "of them in 3 runs.")
        let table = try #require(root.all("table").first)
        #expect(table.all("caption").count == 1)
        #expect(
            table.all("th").filter { $0.attribute("scope") == "col" }.map(\.text)
                == ["No.", "Output", "Share", "CPython", "Replay"])
        let rows = table.all("tr").dropFirst()
        #expect(rows.map { $0.all("th")[0].attribute("scope") } == ["row", "row"])
        #expect(rows.map { $0.all("pre")[0].text }.sorted() == ["a\nb\n", "b\na\n"])
        let seen = rows.map { $0.all("td")[2].text }
        #expect(seen.sorted() == ["not seen", "seen, 3 of 3"])
        let commands = exploration.groups.map { "docgen run p/c --schedule \($0.schedule)" }
        #expect(rows.map { $0.all("code")[0].text } == commands)
        // The flip-through view follows, every fold closed.
        #expect(root.all("details").count == 2)
        #expect(root.all("details").allSatisfy { $0.attribute("open") == nil })
    }

    @Test func withoutARecordingTheHeadlineAndTableLeaveCPythonOut() throws {
        let exploration = ExhaustiveExplorer().explore(program)
        let html = rendered(ExplorationBlock(exploration, scenarioID: "p/c")).html
        #expect(!html.contains("CPython"))
        #expect(try parse(html).all("th").filter { $0.attribute("scope") == "col" }.count == 4)
    }

    @Test func aBoundedSearchSaysSoInWords() {
        let exploration = ExhaustiveExplorer(preemptionBound: 0).explore(program)
        #expect(!exploration.isComplete)
        let html = OutcomeTableHTML.headline(exploration)
        #expect(html.hasPrefix("At least "))
        #expect(html.hasSuffix("it explored only schedules with at most 0 preemptions"))
        let budgeted = ExhaustiveExplorer(maxExecutions: 1).explore(program)
        #expect(
            OutcomeTableHTML.headline(budgeted)
                == "At least 1 possible output — the search stopped after 1 execution, its budget")
    }

    @Test func oneOutputIsOneSentenceAndOutputsTheModelMissesAreCounted() throws {
        let lone: @Sendable () throws -> Void = { print("a") }
        let exploration = ExhaustiveExplorer().explore(lone)
        let root = try parse(rendered(ExplorationBlock(exploration, scenarioID: "p/c")).html)
        #expect(root.children.map(\.name) == ["p"])
        #expect(root.all("table").isEmpty)
        let two = ExhaustiveExplorer().explore(program)
        let check = ModelCheck(
            cell: "p/c", exploration: two, recording: recording(runs: 3, extra: [["a", "a"]]),
            normaliser: try FidelityNormaliser())
        #expect(!check.passed)
        #expect(
            OutcomeTableHTML.headline(two, check: check).hasSuffix(
                "CPython printed 1 of them in 4 runs, and 1 other output the model calls impossible"))
    }

    /// Masks that make both orders print alike: the headline counts what CPython printed among the merged outputs,
    /// not every possible output that normalises like it ("CPython printed 2 of them in 3 runs" before).
    @Test func outputsTheMasksMakeAlikeAreCountedOnce() throws {
        let two = ExhaustiveExplorer().explore(program)
        let masked = FidelityLine(stream: .stdout, thread: "<masked>", text: "<masked>")
        let recording = CPythonRecording(
            cell: "p/c", python: "3.13", fingerprint: "x", mode: .exact,
            variants: [.init(runs: 3, lines: [masked, masked])])
        let check = ModelCheck(
            cell: "p/c", exploration: two, recording: recording,
            normaliser: try FidelityNormaliser(masks: [#"Thread-\d \(f\)"#, "^[ab]$"]))
        #expect(check.possible.count == 2 && check.distinctPossible == 1 && check.seenByCPython == 1)
        #expect(
            check.summary.hasPrefix("p/c: 2 possible outputs (1 once normalised as CPython's are); CPython printed 1"))
        #expect(
            OutcomeTableHTML.headline(two, check: check).hasSuffix(
                "they are all alike, and CPython printed that output in 3 runs"))
    }

    @Test func theDefaultRunsOutputIsMarkedInTheTableAndItsFold() throws {
        let exploration = ExhaustiveExplorer().explore(program)
        let run = try #require(exploration.groups.last)
        let defaultRun = RunResult(events: run.events, outcome: run.outcome, schedule: "default")
        let root = try parse(rendered(ExplorationBlock(exploration, scenarioID: "p/c", defaultRun: defaultRun)).html)
        let marks = root.all("tr").map { $0.all("span", class: "dg-shown").count }
        #expect(marks == [0] + Array(repeating: 0, count: exploration.groups.count - 1) + [1])
        #expect(root.all("summary").last?.text.hasSuffix("(the default schedule's, shown above)") == true)
        #expect(root.all("summary").first?.text.contains("shown above") == false)
    }

    @Test func manyOutputsShowTheMostFrequentRowsAndLeaveTheCompleteTableForItsOwnPage() throws {
        let three: @Sendable () throws -> Void = {
            let f = def("f") { (tag: String) in print(tag + "\n", terminator: "") }  // the line in one write
            for tag in ["a", "b", "c"] { try Thread(target: f, args: tag).start() }
        }
        let exploration = ExhaustiveExplorer().explore(three)
        #expect(exploration.groups.count == 6)
        let (html, files) = rendered(ExplorationBlock(exploration, scenarioID: "p/c", timelines: false, inlineRows: 4))
        let root = try parse(html)
        let table = try #require(root.all("table").first)
        #expect(root.all("table").count == 1)
        #expect(table.all("tbody")[0].all("tr").count == 4)
        // The table lists every output: only the five most frequent get a fold under it (page weight).
        #expect(root.all("details").count == ExplorationBlock.tableFolds)
        #expect(ExplorationBlock(exploration, scenarioID: "p/c").limit == 5)
        #expect(table.all("caption")[0].text.hasPrefix("The 4 most frequent of the 6 outputs of p/c"))
        let more = try #require(root.all("p", class: "dg-more").first)
        #expect(
            more.text
                == "The 2 less frequent outputs are in the complete table; docgen explore p/c --exhaustive --show 0 "
                + "lists them too.")
        #expect(more.all("a")[0].attribute("href") == "p-figures/cell-c-outcomes.html")
        let standalone = try #require(files["p-figures/cell-c-outcomes.html"])
        #expect(files.count == 1)
        #expect(standalone.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(standalone.contains("<title>Possible outputs of p/c</title>"))
        #expect(standalone.contains("<link rel=\"stylesheet\" href=\"../assets/docgen.css\">"))
        #expect(standalone.contains("<a href=\"../p.html#cell-c\">Back to the page</a>"))
        #expect(standalone.contains("<script src=\"../assets/docgen.js\"></script>"))
        let start = try #require(standalone.range(of: "<main")), end = try #require(standalone.range(of: "</main>"))
        let complete = try SVGElementView.parse(String(standalone[start.lowerBound..<end.upperBound]))
        #expect(complete.all("tbody")[0].all("tr").count == 6)
        #expect(complete.all("caption")[0].text.hasPrefix("Every output of p/c"))
    }
}
