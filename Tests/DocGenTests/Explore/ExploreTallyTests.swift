@testable import DocGenExplore
import DocGenTestSupport
import Testing
@_spi(Harness) import Threading

/// A finished run that printed `lines` (one output event each, thread 0) under replay string `schedule`.
func exploreFixtureRun(_ lines: [String], outcome: RunOutcome = .completed, schedule: String) -> RunResult {
    let events = lines.map {
        TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, $0))
    }
    return RunResult(events: events, outcome: outcome, schedule: schedule)
}

@Suite struct ExploreTallyTests {
    @Test func groupsByOutputAndOutcomeMostFrequentFirstThenFirstSeen() {
        var tally = OutputTally()
        tally.add(exploreFixtureRun(["a\n", "b\n"], schedule: "s0"))
        tally.add(exploreFixtureRun(["b\n", "a\n"], schedule: "s1"))
        tally.add(exploreFixtureRun(["b\n", "a\n"], schedule: "s2"))
        tally.add(exploreFixtureRun(["a\n", "b\n"], outcome: .deadlock(report: "r"), schedule: "s3"))
        tally.add(exploreFixtureRun(["a\n", "b\n"], schedule: "s4"))
        tally.add(exploreFixtureRun(["b\n", "a\n"], schedule: "s5"))
        let groups = tally.groups()
        #expect(groups.map(\.output) == ["b\na\n", "a\nb\n", "a\nb\n"])
        #expect(groups.map(\.count) == [3, 2, 1])
        #expect(groups.map(\.schedule) == ["s1", "s0", "s3"])
        #expect(groups.map(\.firstRun) == [1, 0, 3])
        #expect(groups[2].outcome == .deadlock(report: "r"))
        #expect(tally.runs == 6)
    }

    @Test func equalCountsKeepFirstSeenOrder() {
        var tally = OutputTally()
        for (index, text) in ["x", "y", "z", "z", "y", "x"].enumerated() {
            tally.add(exploreFixtureRun([text], schedule: "s\(index)"))
        }
        #expect(tally.groups().map(\.output) == ["x", "y", "z"])
    }

    @Test func stdoutAndStderrAreInterleavedInWriteOrder() {
        let result = RunResult(
            events: [
                TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "1")),
                TraceEvent(time: 0, threadIndex: 1, threadName: "T", kind: .started),
                TraceEvent(time: 0, threadIndex: 1, threadName: "T", kind: .output(.stderr, "2")),
                TraceEvent(time: 1, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "3")),
            ], outcome: .completed, schedule: "s")
        #expect(OutputTally.combinedOutput(of: result) == "123")
    }

    @Test func appendingTalliesEqualsAddingInOrder() {
        let runs = (0..<9).map {
            exploreFixtureRun([["p", "q", "r"][$0 % 3 == 0 ? 0 : $0 % 2 + 1]], schedule: "s\($0)")
        }
        var whole = OutputTally()
        runs.forEach { whole.add($0) }
        var first = OutputTally()
        var second = OutputTally()
        runs[..<4].forEach { first.add($0) }
        runs[4...].forEach { second.add($0) }
        first.append(contentsOf: second)
        #expect(first.groups() == whole.groups())
        #expect(first.runs == 9)
    }

    @Test(arguments: [1, 2, 3, 7, 50])
    func parallelTallyIsTheSameAsRunningInOrder(workers: Int) {
        let count = 11
        let options: @Sendable (Int) -> RunOptions = { index in
            RunOptions(schedule: .random(seed: UInt64(index)), randomSeed: UInt64(index))
        }
        let main: @Sendable () throws -> Void = { print(random.randint(1, 3)) }
        var sequential = OutputTally()
        for index in 0..<count { sequential.add(runProgram(options(index), main: main)) }
        let parallel = ParallelTally.tally(count: count, workers: workers, options: options, main: main)
        #expect(parallel.groups() == sequential.groups())
        #expect(parallel.runs == count)
        #expect(parallel.groups().count > 1)
    }
}

/// Sampled runs are taken one by one by whichever worker is free, and tallied as if run in order.
@Suite struct ParallelTallyMergeTests {
    @Test func talliesOfInterleavedRunsMergeInAnyOrderAsAddingInOrder() {
        let runs = [["a\n"], ["b\n"], ["a\n"], ["c\n"], ["b\n"], ["c\n"], ["c\n"]].enumerated().map {
            exploreFixtureRun($1, schedule: "s\($0)")
        }
        var whole = OutputTally()
        runs.forEach { whole.add($0) }
        // Runs 0, 3, 4 on one worker; 1, 2, 5, 6 on the other.
        var first = OutputTally()
        var second = OutputTally()
        for index in [0, 3, 4] { first.add(runs[index], run: index) }
        for index in [1, 2, 5, 6] { second.add(runs[index], run: index) }
        for (one, other) in [(first, second), (second, first)] {
            var merged = OutputTally()
            merged.merge(one)
            merged.merge(other)
            #expect(merged.groups() == whole.groups())
            #expect(merged.runs == 7)
        }
        #expect(whole.groups().map(\.schedule) == ["s3", "s0", "s1"])
    }

    @Test(arguments: [2, 3])
    func manyRunsTallyAsRunningInOrder(workers: Int) {
        let count = 100
        let options: @Sendable (Int) -> RunOptions = { index in
            RunOptions(schedule: .random(seed: UInt64(index)), randomSeed: UInt64(index))
        }
        let main: @Sendable () throws -> Void = { print(random.randint(1, 4), random.randint(1, 4)) }
        var sequential = OutputTally()
        for index in 0..<count { sequential.add(runProgram(options(index), main: main)) }
        let parallel = ParallelTally.tally(count: count, workers: workers, options: options, main: main)
        #expect(parallel.groups() == sequential.groups())
        #expect(parallel.runs == count)
    }

    @Test(arguments: [1, 3])
    func topGroupsReplayedAtOnceAreThoseReplayedInOrder(workers: Int) {
        let options: @Sendable (Int) -> RunOptions = { index in RunOptions(schedule: .random(seed: UInt64(index))) }
        let main: @Sendable () throws -> Void = {
            let worker = def("worker") { (name: String) in
                for step in 0..<3 { print("\(name) \(step)\n", terminator: "") }
            }
            let threads = ["a", "b", "c"].map { Thread(target: worker, args: $0) }
            for thread in threads { try thread.start() }
            for thread in threads { try thread.join() }
        }
        var tally = OutputTally()
        for index in 0..<40 {
            var sampled = options(index)
            sampled.recordsLifecycle = false
            tally.add(runProgram(sampled, main: main))
        }
        let inOrder = OutputTally.withTimelines(tally.groups(), top: 4) { schedule in
            runProgram(RunOptions(schedule: .replay(schedule)), main: main)
        }
        let atOnce = TimelineReplays.groups(tally.groups(), top: 4, workers: workers, options: RunOptions(), main: main)
        #expect(atOnce == inOrder)
        #expect(atOnce.count > 4)
        #expect(atOnce.prefix(4).allSatisfy { $0.hasTimeline })
    }
}
