@testable import DocGenExplore
@testable import DocGenModel
import DocGenTestSupport
import Foundation
import Testing
@_spi(Harness) import Threading

@Suite struct ExploreJSONTests {
    /// One group per outcome kind; the first group's run has every kind of event.
    private func everyKindOfExploration() -> Exploration {
        let events = [
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .started),
            TraceEvent(time: 0, threadIndex: 1, threadName: "Thread-1", kind: .output(.stderr, "é <&> \"q\"\n")),
            TraceEvent(time: 0.1, threadIndex: 0, threadName: "MainThread", kind: .blocked(on: "join Thread-1")),
            TraceEvent(time: 0.30000000000000004, threadIndex: 0, threadName: "MainThread", kind: .woke),
            TraceEvent(time: 2.5, threadIndex: 0, threadName: "MainThread", kind: .exited),
        ]
        var tally = OutputTally()
        let whole = RunResult(events: events, outcome: .completed, schedule: "default")
        tally.add(whole)
        tally.add(exploreFixtureRun(["x\n"], outcome: .deadlock(report: "a waits on Lock#1 held by b"), schedule: "r1"))
        tally.add(exploreFixtureRun(["y\n"], outcome: .uncaughtError("ValueError: no"), schedule: "p2"))
        tally.add(exploreFixtureRun([], outcome: .stepLimitExceeded("10000 steps"), schedule: "r3"))
        // The tally keeps writes only; the first group's whole run comes back by "replaying" it.
        let groups = tally.groups(timelinesForTop: 1) { _ in whole }
        return Exploration(runs: 4, seed: 12_345_678_901_234, groups: groups)
    }

    @Test func roundTripsEveryOutcomeAndEventKind() throws {
        let exploration = everyKindOfExploration()
        let decoded = try Exploration(json: exploration.json())
        #expect(decoded == exploration)
        #expect(decoded.groups[0].events.count == 5)
    }

    @Test func keepsEventsOnlyForTheMostFrequentGroups() throws {
        let exploration = Explorer(runs: 100, seed: 1, parallelism: 1).explore {
            let worker = def("worker") { (name: String) in print(name) }
            let a = Thread(target: worker, args: "a")
            let b = Thread(target: worker, args: "b")
            try a.start()
            try b.start()
        }
        #expect(exploration.groups.count >= 2)
        let decoded = try Exploration(json: exploration.json(eventsForTop: 1))
        #expect(decoded.groups.map(\.count) == exploration.groups.map(\.count))
        #expect(decoded.groups.map(\.output) == exploration.groups.map(\.output))
        #expect(decoded.groups[0].events == exploration.groups[0].events)
        #expect(!decoded.groups[0].events.isEmpty)
        #expect(decoded.groups[0].hasTimeline)
        // The others keep their writes, in order and with their threads (what fidelity compares), and no timeline.
        for (read, explored) in zip(decoded.groups, exploration.groups).dropFirst() {
            #expect(!read.hasTimeline)
            let writes = explored.events.filter { if case .output = $0.kind { true } else { false } }
            #expect(read.events.map(\.kind) == writes.map(\.kind))
            #expect(read.events.map(\.threadName) == writes.map(\.threadName))
            #expect(read.events.map(\.threadIndex) == writes.map(\.threadIndex))
        }
    }

    @Test func equalExplorationsGiveEqualBytes() throws {
        #expect(try everyKindOfExploration().json() == (try everyKindOfExploration().json()))
    }

    @Test func rejectsJSONThatIsNotAnExploration() {
        #expect(throws: (any Error).self) { try Exploration(json: Data("{\"runs\": 1}".utf8)) }
        let unknownOutcome = """
            {"groups":[{"count":1,"events":[],"firstRun":0,"outcome":"exploded","output":"","schedule":"r1"}],\
            "runs":1,"seed":0}
            """
        #expect(throws: ExplorationJSONError.self) { try Exploration(json: Data(unknownOutcome.utf8)) }
    }
}
