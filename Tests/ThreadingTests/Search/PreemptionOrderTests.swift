import Testing

@_spi(Harness) @_spi(Search) @testable import Threading

/// The exhaustive search counts the schedules of fewer preemptions first (rounds of bound 0, 1, 2, then none), so a
/// search cut short has found the outputs a real machine prints most, and a complete one is the same set as before.
@Suite struct PreemptionOrderTests {
    /// Two threads printing three lines each, without a lock.
    private static let twoPrinters: @Sendable () throws -> Void = {
        let f = def("f") { (tag: String) in
            for line in 1...3 { print("\(tag)\(line)") }
        }
        try Thread(target: f, args: "a").start()
        try Thread(target: f, args: "b").start()
    }

    @Test func executionsComeInOrderOfPreemptionsUpToTheLastBoundedRound() {
        var preemptions: [Int] = []
        let summary = ExhaustiveSearch().run(Self.twoPrinters) { _, count in preemptions.append(count) }
        #expect(summary.complete)
        // The rounds of bound 0, 1 and 2 come first, in that order; the unbounded round then adds the rest.
        let bounded = Array(preemptions.prefix { $0 <= 2 })
        #expect(bounded == bounded.sorted(), "\(preemptions)")
        #expect(bounded.first == 0)
        #expect(bounded.count > 6)
        #expect(summary.repeated > 0, "the later rounds ran the earlier rounds' classes again")
    }

    @Test func aSearchCutShortHasTheSchedulesOfFewPreemptionsFirst() {
        func preemptions(rounds: [Int]) -> [Int] {
            var search = ExhaustiveSearch(maxExecutions: 6)
            search.roundBounds = rounds
            var counts: [Int] = []
            let summary = search.run(Self.twoPrinters) { _, count in counts.append(count) }
            #expect(summary.budgetHit)
            return counts
        }
        #expect(preemptions(rounds: [0, 1, 2]).allSatisfy { $0 <= 1 }, "\(preemptions(rounds: [0, 1, 2]))")
        // Depth first without rounds, the budget goes to variations deep in the first schedule.
        #expect(preemptions(rounds: []).contains { $0 > 1 }, "\(preemptions(rounds: []))")
    }

    @Test func theRoundsFindTheSameOutputsAsOneUnboundedRound() {
        func outputs(rounds: [Int]) -> (Set<String>, SearchSummary) {
            var search = ExhaustiveSearch()
            search.roundBounds = rounds
            var found: Set<String> = []
            let summary = search.run(Self.twoPrinters) { result, _ in found.insert(result.text(of: .stdout)) }
            return (found, summary)
        }
        let (byRounds, rounds) = outputs(rounds: [0, 1, 2])
        let (atOnce, single) = outputs(rounds: [])
        #expect(byRounds == atOnce)
        #expect(rounds.executions == single.executions)
        #expect(single.repeated == 0)
    }

    @Test func aPreemptionBoundIsTheLastRound() {
        var search = ExhaustiveSearch(preemptionBound: 1)
        #expect(search.rounds == [0, 1])
        search.preemptionBound = nil
        #expect(search.rounds == [0, 1, 2, nil])
        search.preemptionBound = 0
        #expect(search.rounds == [0])
    }
}
