@testable import DocGenExplore
import DocGenModel
import DocGenTestSupport
import Testing
@_spi(Harness) import Threading

/// Two threads print three lines each with nothing ordering them: the interleaving depends on the schedule. Each
/// line is one write (a `print` of several items writes each piece on its own), so the lines interleave whole.
@Sendable private func racyPrinters() throws {
    let worker = def("worker") { (name: String) in
        for step in 0..<3 { print("\(name) \(step)\n", terminator: "") }
    }
    let a = Thread(target: worker, args: "a")
    let b = Thread(target: worker, args: "b")
    try a.start()
    try b.start()
    try a.join()
    try b.join()
}

/// The same threads, but each is joined before the next starts: one possible output.
@Sendable private func orderedPrinters() throws {
    let worker = def("worker") { (name: String) in
        for step in 0..<3 { print(name, step) }
    }
    for name in ["a", "b"] {
        let thread = Thread(target: worker, args: name)
        try thread.start()
        try thread.join()
    }
}

/// Two threads take two locks in opposite order: some schedules deadlock.
@Sendable private func oppositeLockOrder() throws {
    let first = Lock()
    let second = Lock()
    let take = def("take") { (a: Lock, b: Lock) in
        a.with { b.with { print(current_thread().name, "has both") } }
    }
    let one = Thread(name: "one", target: take, args: first, second)
    let two = Thread(name: "two", target: take, args: second, first)
    try one.start()
    try two.start()
    try one.join()
    try two.join()
}

/// Three daemon workers share a queue of six items, each printed, then a sleep: runs block, sleep and wake.
@Sendable private func queuedWorkers() throws {
    let stream = Queue<Int>()
    let worker = def("worker") {
        while true {
            let item = try stream.get()
            print(current_thread().name, item)
            time.sleep(0.1)
            try stream.task_done()
        }
    }
    for _ in 0..<3 {
        let thread = Thread(target: worker)
        thread.daemon = true
        try thread.start()
    }
    for item in 0..<6 { try stream.put(item) }
    stream.join()
}

/// Most tests explore on one worker: the suite runs beside timing-sensitive tests of the real runtime.
@Suite struct ExploreTests {
    /// Only the groups a page draws a timeline of keep every event of their run, replayed from their schedules: the
    /// others keep their writes (all that fidelity and the model check compare). Whole runs kept for every group made
    /// a long search hold hundreds of MB.
    @Test(arguments: [true, false]) func onlyTheGroupsDrawnKeepTheirWholeRun(exhaustive: Bool) {
        let exploration =
            exhaustive ? ExhaustiveExplorer().explore(racyPrinters) : Explorer(runs: 400).explore(racyPrinters)
        #expect(exploration.groups.count > Exploration.groupsWithTimelines)
        for (index, group) in exploration.groups.enumerated() {
            let writes = group.events.compactMap { event -> String? in
                if case .output(_, let text) = event.kind { text } else { nil }
            }
            #expect(writes.joined() == group.output)
            let others = group.events.count - writes.count
            #expect((others > 0) == (index < Exploration.groupsWithTimelines), "group \(index)")
        }
        var options = RunOptions()
        options.schedule = .replay(exploration.groups[0].schedule)
        #expect(exploration.groups[0].events == runProgram(options, main: racyPrinters).events)
    }

    /// The sampled runs record no life-cycle events (the tally keeps their writes): the groups, their counts, first
    /// runs and timelines are those of the same schedules run one by one with every event recorded.
    @Test func samplingWithoutLifeCycleEventsGroupsAsRunsRecordingThem() {
        let explorer = Explorer(runs: 120, seed: 6, parallelism: 2)
        let exploration = explorer.explore(queuedWorkers)
        var tally = OutputTally()
        for index in 0..<120 {
            tally.add(runProgram(RunOptions(schedule: explorer.schedule(forRun: index)), main: queuedWorkers))
        }
        let expected = OutputTally.withTimelines(tally.groups(), top: Exploration.groupsWithTimelines) { schedule in
            runProgram(RunOptions(schedule: .replay(schedule)), main: queuedWorkers)
        }
        #expect(exploration.groups.count > Exploration.groupsWithTimelines)
        #expect(exploration.groups == expected)
    }

    @Test func aRacyProgramHasSeveralOutputsCountedOverAllRuns() {
        let exploration = Explorer(runs: 200, seed: 1, parallelism: 1).explore(racyPrinters)
        #expect(exploration.groups.count >= 2)
        #expect(!exploration.isDeterministic)
        #expect(exploration.groups.map(\.count).reduce(0, +) == 200)
        #expect(exploration.groups.map(\.count) == exploration.groups.map(\.count).sorted(by: >))
        let lines = ["a 0", "a 1", "a 2", "b 0", "b 1", "b 2"]
        for group in exploration.groups {
            #expect(group.outcome == .completed)
            #expect(group.output.split(separator: "\n").map(String.init).sorted() == lines)
        }
        #expect(Set(exploration.groups.map(\.output)).count == exploration.groups.count)
    }

    @Test func aDeterministicProgramHasExactlyOneOutput() {
        let exploration = Explorer(runs: 200, seed: 1, parallelism: 1).explore(orderedPrinters)
        #expect(exploration.isDeterministic)
        #expect(exploration.groups.map(\.count) == [200])
        #expect(exploration.groups.first?.output == "a 0\na 1\na 2\nb 0\nb 1\nb 2\n")
        #expect(exploration.groups.first?.schedule == "default")
    }

    @Test func replayingAGroupsScheduleReproducesItsOutput() {
        let exploration = Explorer(runs: 200, seed: 2, parallelism: 1).explore(racyPrinters)
        #expect(exploration.groups.count >= 2)
        for group in exploration.groups {
            let replayed = runProgram(RunOptions(schedule: .replay(group.schedule)), main: racyPrinters)
            #expect(OutputTally.combinedOutput(of: replayed) == group.output, "schedule \(group.schedule)")
            #expect(replayed.outcome == group.outcome)
        }
    }

    @Test func groupsCarryTheFullEventsOfTheirFirstRun() throws {
        let group = try #require(Explorer(runs: 50, seed: 3, parallelism: 1).explore(racyPrinters).groups.first)
        #expect(group.events.contains { $0.kind == .started && $0.threadName == "Thread-1 (worker)" })
        #expect(
            OutputTally.combinedOutput(of: RunResult(events: group.events, outcome: .completed, schedule: ""))
                == group.output)
    }

    @Test func theSameSeedGivesTheSameExplorationWhateverTheParallelism() {
        let one = Explorer(runs: 120, seed: 9, parallelism: 1).explore(racyPrinters)
        let two = Explorer(runs: 120, seed: 9, parallelism: 2).explore(racyPrinters)
        let five = Explorer(runs: 120, seed: 9, parallelism: 5).explore(racyPrinters)
        #expect(one == two)
        #expect(one == five)
        #expect(one != Explorer(runs: 120, seed: 10, parallelism: 2).explore(racyPrinters))
    }

    @Test func exploringFindsTheDeadlockTheDefaultScheduleHides() throws {
        let exploration = Explorer(runs: 300, seed: 0, parallelism: 1).explore(oppositeLockOrder)
        let defaultRun = runProgram(RunOptions(), main: oppositeLockOrder)
        #expect(defaultRun.outcome == .completed)
        let deadlocks = exploration.groups.filter { if case .deadlock = $0.outcome { true } else { false } }
        let deadlock = try #require(deadlocks.first)
        let replayed = runProgram(RunOptions(schedule: .replay(deadlock.schedule)), main: oppositeLockOrder)
        #expect(replayed.outcome == deadlock.outcome)
    }

    @Test func schedulesMixRandomAndPCTFromTheSeedAfterTheDefault() {
        let explorer = Explorer(runs: 10, seed: 4)
        #expect(explorer.schedule(forRun: 0) == .cpythonDefault)
        #expect(explorer.schedule(forRun: 1) == .random(seed: 4_000_001))
        #expect(explorer.schedule(forRun: 2) == .pct(seed: 4_000_002))
        #expect(Explorer(runs: 10, seed: 5).schedule(forRun: 1) == .random(seed: 5_000_001))
    }
}
