@testable import DocGenModel
import DocGenTestSupport
import Foundation
import Testing
@_spi(Harness) import Threading

/// `docgen explore`, run as the built binary.
@Suite struct ExploreCommandTests {
    @Test func printsEachOutputWithACommandThatReplaysIt() throws {
        let content = ["--content", TestSupport.fixture("basic")]
        let explored = try DocgenBinary.run(
            ["explore", "fixtures-basic/hello", "--runs", "40", "--seed", "3"] + content)
        #expect(explored.status == 0, "stderr: \(explored.stderr)")
        let lines = explored.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "fixtures-basic/hello: deterministic across 40 schedules (seed 3)")
        #expect(lines.dropFirst(2).first == "--- output 1 of 1: 40 of 40 schedules, including the default")
        let replayPrefix = "--- replay: docgen "
        let replay = try #require(lines.first { $0.hasPrefix(replayPrefix) })
        let printed = lines[3..<lines.firstIndex(of: replay)!].map { $0 + "\n" }.joined()
        let arguments = replay.dropFirst(replayPrefix.count).split(separator: " ").map(String.init)
        #expect(arguments.suffix(2) == content[...], "the replay names the content folder")
        let replayed = try DocgenBinary.run(arguments)
        #expect(replayed.status == 0)
        #expect(replayed.stdout == printed)
    }

    @Test func jsonIsTheSameExplorationAsTheLibraryGives() throws {
        let output = try DocgenBinary.run(
            [
                "explore", "fixtures-deadlock/deadlock", "--runs", "25", "--json", "--content",
                TestSupport.fixture("deadlock"),
            ])
        #expect(output.status == 0, "stderr: \(output.stderr)")
        let exploration = try Exploration(json: Data(output.stdout.utf8))
        #expect(exploration.runs == 25)
        #expect(exploration.groups.count == 1)
        guard case .deadlock(let report)? = exploration.groups.first?.outcome else {
            Issue.record("expected a deadlock, got \(String(describing: exploration.groups.first?.outcome))")
            return
        }
        #expect(report.contains("MainThread waits on Lock#1"))
        #expect(exploration.groups[0].events.contains { $0.kind == .blocked(on: "Lock#1") })
    }

    @Test func anUnknownCellIsOneClearError() throws {
        let output = try DocgenBinary.run(["explore", "nowhere/nothing"])
        #expect(output.status == 1)
        #expect(output.stderr.contains("no cell 'nowhere/nothing' in content"))
        #expect(output.stderr.contains("docgen list"))
    }
}
