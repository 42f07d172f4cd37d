@testable import DocGenExplore
@testable import DocGenModel
import DocGenTestSupport
import Testing
@_spi(Harness) import Threading

@Suite struct ExploreReportTests {
    @Test func listsEachOutputWithCountEndingAndReplayCommand() {
        var tally = OutputTally()
        tally.add(exploreFixtureRun(["a\n", "b\n"], schedule: "default"))
        tally.add(
            exploreFixtureRun(["b\n"], outcome: .deadlock(report: "one waits on Lock#1 held by two"), schedule: "r7"))
        tally.add(exploreFixtureRun(["a\n", "b\n"], schedule: "p8"))
        let text = ExplorationReport.text(
            Exploration(runs: 3, seed: 5, groups: tally.groups()), scenarioID: "page/cell")
        #expect(
            text.split(separator: "\n", omittingEmptySubsequences: false) == [
                "page/cell: 2 distinct outputs in 3 schedules (seed 5)",
                "",
                "--- output 1 of 2: 2 of 3 schedules, including the default",
                "a", "b",
                "--- replay: docgen run page/cell --schedule default",
                "",
                "--- output 2 of 2: 1 of 3 schedules",
                "b",
                "--- deadlock:",
                "one waits on Lock#1 held by two",
                "--- replay: docgen run page/cell --schedule r7",
                "",
            ])
    }

    @Test func aDeterministicProgramSaysSo() {
        var tally = OutputTally()
        tally.add(exploreFixtureRun(["no newline"], schedule: "default"))
        let text = ExplorationReport.text(Exploration(runs: 1, seed: 0, groups: tally.groups()), scenarioID: "p/c")
        #expect(text.hasPrefix("p/c: deterministic across 1 schedule (seed 0)\n"))
        #expect(text.contains("no newline\n--- replay: docgen run p/c --schedule default\n"))
    }
}

extension ExploreReportTests {
    @Test func manyOutputsAreCutToTheMostFrequent() {
        var tally = OutputTally()
        for index in 0..<5 { tally.add(exploreFixtureRun(["line \(index)\n"], schedule: "r\(index)")) }
        tally.add(exploreFixtureRun(["line 3\n"], schedule: "p9"))
        let exploration = Exploration(runs: 6, seed: 0, groups: tally.groups())
        let text = ExplorationReport.text(exploration, scenarioID: "p/c", limit: 2)
        #expect(text.components(separatedBy: "--- output ").count - 1 == 2)
        #expect(text.contains("--- output 1 of 5: 2 of 6 schedules\nline 3\n"))
        #expect(text.hasSuffix("\n... and 3 more distinct outputs (--show 0 lists all)\n"))
        #expect(!ExplorationReport.text(exploration, scenarioID: "p/c").contains("more distinct"))
    }
}
