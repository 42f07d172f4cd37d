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

    @Test func executionsComeInOrderOfPreemptions() {
        var preemptions: [Int] = []
        let summary = ExhaustiveSearch().run(Self.twoPrinters) { _, count in preemptions.append(count) }
        #expect(summary.complete)
        #expect(preemptions == preemptions.sorted(), "\(preemptions)")
        #expect(preemptions.first == 0)
        #expect(summary.executions == 20)  // C(6, 3) interleavings of the six lines, each its own class
        #expect(summary.repeated > 0, "the later rounds ran the earlier rounds' classes again")
    }

    @Test func aSearchCutShortHasTheOutputsWithoutPreemptionFirst() {
        var outputs: [String] = []
        let summary = ExhaustiveSearch(maxExecutions: 2).run(Self.twoPrinters) { result, _ in
            outputs.append(result.text(of: .stdout))
        }
        #expect(summary.budgetHit)
        #expect(Set(outputs) == ["a1\na2\na3\nb1\nb2\nb3\n", "b1\nb2\nb3\na1\na2\na3\n"])
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
