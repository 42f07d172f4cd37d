import Testing
import Threading

/// The exhaustive search against outcome sets computed by hand: it must find every possible output and no other.
@Suite struct ExhaustiveSearchTests {
    /// Every distinct stdout of `program`, each with a replay string, and how the search went.
    private func outputs(
        _ program: @escaping @Sendable () throws -> Void, bound: Int? = nil
    ) -> (outputs: [String: String], summary: SearchSummary) {
        var found: [String: String] = [:]
        let summary = ExhaustiveSearch(preemptionBound: bound).run(program) { result, _ in
            if found[result.text(of: .stdout)] == nil { found[result.text(of: .stdout)] = result.schedule }
        }
        return (found, summary)
    }

    /// Each replay string reproduces the output it was found with.
    private func expectReplays(_ found: [String: String], _ program: @escaping @Sendable () throws -> Void) {
        for (output, schedule) in found {
            #expect(runProgram(RunOptions(schedule: .replay(schedule)), main: program).text(of: .stdout) == output)
        }
    }

    @Test func twoThreadsPrintingTwoLinesEachInterleaveSixWays() {
        let program: @Sendable () throws -> Void = {
            let f = def("f") { (tag: String) in
                print("\(tag)1")
                print("\(tag)2")
            }
            try Thread(target: f, args: "a").start()
            try Thread(target: f, args: "b").start()
        }
        let (found, summary) = outputs(program)
        var expected: Set<String> = []
        for mask in 0..<16 where mask.nonzeroBitCount == 2 {  // positions of a's two lines among four
            var a = 1, b = 1, text = ""
            for position in 0..<4 {
                if mask & (1 << position) != 0 { text += "a\(a)\n"; a += 1 } else { text += "b\(b)\n"; b += 1 }
            }
            expected.insert(text)
        }
        #expect(expected.count == 6)
        #expect(Set(found.keys) == expected)
        #expect(summary.complete)
        expectReplays(found, program)
    }

    @Test func aLockHeldAcrossBothPrintsLeavesTwoOutputs() {
        let program: @Sendable () throws -> Void = {
            let lock = Lock()
            let f = def("f") { (tag: String) in
                lock.with {
                    print("\(tag)1")
                    print("\(tag)2")
                }
            }
            try Thread(target: f, args: "a").start()
            try Thread(target: f, args: "b").start()
        }
        let (found, summary) = outputs(program)
        #expect(Set(found.keys) == ["a1\na2\nb1\nb2\n", "b1\nb2\na1\na2\n"])
        #expect(summary.complete)
        expectReplays(found, program)
    }

    @Test func anEventHandOffHasOneOutput() {
        let program: @Sendable () throws -> Void = {
            let event = Event()
            let waiter = Thread {
                event.wait()
                print("after")
            }
            try waiter.start()
            print("before")
            event.set()
            try waiter.join()
            print("joined")
        }
        let (found, summary) = outputs(program)
        #expect(Set(found.keys) == ["before\nafter\njoined\n"])
        #expect(summary.complete)
    }

    @Test func threeThreadsPrintingOneLineEachGiveAllSixOrders() {
        let program: @Sendable () throws -> Void = {
            let f = def("f") { (tag: String) in print(tag) }
            for tag in ["a", "b", "c"] { try Thread(target: f, args: tag).start() }
        }
        let (found, summary) = outputs(program)
        let orders = [["a", "b", "c"], ["a", "c", "b"], ["b", "a", "c"], ["b", "c", "a"], ["c", "a", "b"], ["c", "b", "a"]]
        #expect(Set(found.keys) == Set(orders.map { $0.map { "\($0)\n" }.joined() }))
        #expect(summary.complete)
        expectReplays(found, program)
    }

    @Test func aConditionProducerConsumerWaitsOrNot() {
        let program: @Sendable () throws -> Void = {
            let condition = Condition()
            let ready = Shared(false)
            let consumer = Thread {
                try condition.with {
                    if !ready.value { print("consumer waits") }
                    while !ready.value { try condition.wait() }
                    print("consumed")
                }
            }
            let producer = Thread {
                try condition.with {
                    ready.value = true
                    print("produced")
                    try condition.notify()
                }
            }
            try consumer.start()
            try producer.start()
        }
        let (found, summary) = outputs(program)
        #expect(Set(found.keys) == ["consumer waits\nproduced\nconsumed\n", "produced\nconsumed\n"])
        #expect(summary.complete)
        expectReplays(found, program)
    }

    @Test func stepsOnDifferentLocksAreNotReordered() {
        // Two threads taking their own lock ten times each: 20 scheduling points apiece, C(40, 20) ≈ 1.4e11
        // interleavings, all equivalent but for the threads' start and end (which touch shared thread bookkeeping).
        let program: @Sendable () throws -> Void = {
            let f = def("f") {
                let own = Lock()
                for _ in 0..<10 { own.with {} }
            }
            try Thread(target: f).start()
            try Thread(target: f).start()
        }
        let (found, summary) = outputs(program)
        #expect(found.count == 1)
        #expect(summary.complete)
        #expect(summary.executions < 100)
    }

    @Test func aPreemptionBoundMakesTheSearchIncomplete() {
        let program: @Sendable () throws -> Void = {
            let f = def("f") { (tag: String) in
                print("\(tag)1")
                print("\(tag)2")
            }
            try Thread(target: f, args: "a").start()
            try Thread(target: f, args: "b").start()
        }
        let (found, summary) = outputs(program, bound: 0)
        #expect(!summary.complete)
        #expect(summary.boundHit)
        #expect(found.count < 6)
    }
}
