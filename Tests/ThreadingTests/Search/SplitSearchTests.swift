import Testing

@_spi(Harness) @_spi(Search) @testable import Threading

/// A search split into parts (`SearchParts`, each explored on its own with `ExhaustiveSearch.part`) against the
/// search in one piece: the parts together must count every class the whole search counts, each in one part only,
/// and so find the same outputs, with the same count of each when the whole search runs one execution per class. The
/// programs have thread starts (hand-offs), time-outs that race other steps, locks, conditions, queues and daemons.
@Suite struct SplitSearchTests {
    /// Each class key the search counted, with how often, and each output with how often.
    private struct Found: Equatable {
        var classes: [String: Int] = [:]
        var outputs: [String: Int] = [:]
        var executions = 0
        var complete = true
        /// Runs cut short (by the preemption bound of a round, or every choice asleep).
        var cutShort = 0
    }

    private func whole(_ program: @escaping @Sendable () throws -> Void) -> Found {
        var found = Found()
        let summary = ExhaustiveSearch().run(program) { result, _, key in
            found.classes[key(), default: 0] += 1
            found.outputs[result.text(of: .stdout), default: 0] += 1
        }
        found.executions = summary.executions
        found.complete = summary.complete
        return found
    }

    private func split(_ program: @escaping @Sendable () throws -> Void, minimum: Int) -> (Found, SearchParts) {
        let parts = SearchParts.of(program, minimum: minimum)
        var found = Found()
        for part in parts.parts {
            var search = ExhaustiveSearch()
            search.part = part
            let summary = search.run(program) { result, _, key in
                found.classes[key(), default: 0] += 1
                found.outputs[result.text(of: .stdout), default: 0] += 1
            }
            found.executions += summary.executions
            found.complete = found.complete && summary.complete
            found.cutShort += summary.cutShort
        }
        return (found, parts)
    }

    /// `ExecutionsPerClassTests.programs` and `others`.
    static var programs: [(String, @Sendable () throws -> Void)] { ExecutionsPerClassTests.programs + others }

    private static let others: [(String, @Sendable () throws -> Void)] = [
        (
            "three threads printing one line each",
            {
                let f = def("f") { (tag: String) in print(tag + "\n", terminator: "") }
                for tag in ["a", "b", "c"] { try Thread(target: f, args: tag).start() }
            }
        ),
        ("a condition between a producer and a consumer", ExhaustiveSearchTests.conditionProducerConsumer),
        ("racy increments", ExecutionsPerClassTests.racyIncrements(2)),
        (
            "two time-outs due together",
            {
                let a = Event()
                let b = Event()
                let f = def("f") { (tag: String, mine: Event, other: Event) in
                    let got = mine.wait(timeout: 1)
                    other.set()
                    print("\(tag) \(str(got))\n", terminator: "")
                }
                try Thread(target: f, args: "a", a, b).start()
                try Thread(target: f, args: "b", b, a).start()
            }
        ),
    ]

    @Test(arguments: [4, 16, SearchParts.minimumParts, 64])
    func thePartsCountEveryClassOnce(minimum: Int) {
        for (name, program) in Self.programs {
            let expected = whole(program)
            let (found, parts) = split(program, minimum: minimum)
            #expect(expected.complete && found.complete, "\(name)")
            let lost = Set(expected.classes.keys).subtracting(found.classes.keys).count
            let extra = Set(found.classes.keys).subtracting(expected.classes.keys).count
            #expect(
                lost == 0 && extra == 0,
                "\(name), \(parts.parts.count) parts of depth \(parts.depth): \(lost) classes lost, \(extra) new")
            #expect(Set(found.outputs.keys) == Set(expected.outputs.keys), "\(name): other outputs")
            // A part's rounds begin at the bound its own first steps need, and optimal DPOR cuts no run short.
            #expect(found.cutShort == 0, "\(name): \(found.cutShort) runs of the parts cut short")
            if expected.executions == expected.classes.count {
                // One execution per class in one piece: the parts too, so every output's count is its classes'.
                #expect(found.classes.values.allSatisfy { $0 == 1 }, "\(name): a class counted twice")
                #expect(found.outputs == expected.outputs, "\(name): other counts of the outputs")
                #expect(
                    found.executions == expected.executions,
                    "\(name): \(found.executions) executions, not \(expected.executions)")
            }
        }
    }

    @Test func thePartsDependOnTheProgramAlone() {
        let (_, program) = Self.others[0]  // three threads printing a line each: many parts
        let parts = SearchParts.of(program)
        #expect(parts.parts.count >= SearchParts.minimumParts)
        #expect(Set(parts.parts.map(\.choices)).count == parts.parts.count)
        #expect(SearchParts.of(program).parts.map(\.choices) == parts.parts.map(\.choices))
        #expect(SearchParts.of(program).digest == parts.digest)
        #expect(SearchParts.of(Self.programs[1].1).digest != parts.digest)
    }
}
