import Testing
@_spi(Harness) @_spi(Search) import Threading

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
                print("\(tag)1\n", terminator: "")  // one write per line: these tests are about lines' orders
                print("\(tag)2\n", terminator: "")
            }
            try Thread(target: f, args: "a").start()
            try Thread(target: f, args: "b").start()
        }
        let (found, summary) = outputs(program)
        var expected: Set<String> = []
        for mask in 0..<16 where mask.nonzeroBitCount == 2 {  // positions of a's two lines among four
            var a = 1
            var b = 1
            var text = ""
            for position in 0..<4 {
                if mask & (1 << position) != 0 {
                    text += "a\(a)\n"
                    a += 1
                } else {
                    text += "b\(b)\n"
                    b += 1
                }
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
            let f = def("f") { (tag: String) in print(tag + "\n", terminator: "") }  // the line in one write
            for tag in ["a", "b", "c"] { try Thread(target: f, args: tag).start() }
        }
        let (found, summary) = outputs(program)
        let orders = [
            ["a", "b", "c"], ["a", "c", "b"], ["b", "a", "c"], ["b", "c", "a"], ["c", "a", "b"], ["c", "b", "a"],
        ]
        #expect(Set(found.keys) == Set(orders.map { $0.map { "\($0)\n" }.joined() }))
        #expect(summary.complete)
        expectReplays(found, program)
    }

    /// A consumer that waits on a condition unless the producer came first.
    static let conditionProducerConsumer: @Sendable () throws -> Void = {
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

    @Test func aConditionProducerConsumerWaitsOrNot() {
        let program = Self.conditionProducerConsumer
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

    @Test func aRaceOnASharedVariableLosesAnUpdateOrNot() {
        // Two threads read a shared counter, let the other run, and write back what they read plus one: the second
        // write either saw the first (2) or overwrote it (1). The search must see the variable to find both.
        let program: @Sendable () throws -> Void = {
            @Threading.Shared var count = 0
            let f = def("f") {
                time.sleep(0)
                let value = count
                time.sleep(0)
                count = value + 1
                time.sleep(0)
            }
            let threads = [Thread(target: f), Thread(target: f)]
            for t in threads { try t.start() }
            for t in threads { try t.join() }
            print(count)
        }
        let (found, summary) = outputs(program)
        #expect(Set(found.keys) == ["1\n", "2\n"])
        #expect(summary.complete)
        expectReplays(found, program)
    }

    @Test func readsOfASharedVariableCommute() {
        // Three threads only read a shared flag the main thread set before starting them: one output, and the
        // search needs no more executions than without the variable (reads do not depend on each other).
        let program: @Sendable () throws -> Void = {
            @Threading.Shared var flag = true
            let f = def("f") {
                if flag { time.sleep(0) }
                _ = flag
            }
            for _ in 0..<3 { try Thread(target: f).start() }
        }
        let plain: @Sendable () throws -> Void = {
            let f = def("f") { time.sleep(0) }
            for _ in 0..<3 { try Thread(target: f).start() }
        }
        let (found, summary) = outputs(program)
        let (_, plainSummary) = outputs(plain)
        #expect(found.count == 1)
        #expect(summary.complete)
        #expect(summary.executions == plainSummary.executions)
    }

    @Test func aTimeOutDueWithASleepMayComeFirstOrLast() {
        // The waiter's time-out and the setter's sleep end at the same virtual instant (1.0): CPython may wake
        // either first, so the wait may see the event set (True) or time out (False).
        let program: @Sendable () throws -> Void = {
            let event = Event()
            let setter = Thread {
                time.sleep(1)
                event.set()
            }
            try setter.start()
            print(event.wait(timeout: 1))
            try setter.join()
        }
        let (found, summary) = outputs(program)
        #expect(Set(found.keys) == ["True\n", "False\n"])
        #expect(summary.complete)
        expectReplays(found, program)
        // The default schedule keeps firing every timer due at an instant together, in deadline order.
        #expect(runProgram(main: program).text(of: .stdout) == "False\n")
    }

    @Test func twoTimeOutsDueTogetherFireInEitherOrder() {
        // Two threads each wait 1 s on an event the other sets after its wait: whichever times out first sets its
        // event before the other's time-out fires (that one then sees it set), or both time out first.
        let program: @Sendable () throws -> Void = {
            let a = Event()
            let b = Event()
            let f = def("f") { (tag: String, mine: Event, other: Event) in
                let got = mine.wait(timeout: 1)
                other.set()
                print("\(tag) \(str(got))\n", terminator: "")  // the line in one write
            }
            try Thread(target: f, args: "a", a, b).start()
            try Thread(target: f, args: "b", b, a).start()
        }
        let (found, summary) = outputs(program)
        let expected: Set<String> = [
            "a False\nb True\n", "b True\na False\n", "b False\na True\n", "a True\nb False\n",
            "a False\nb False\n", "b False\na False\n",
        ]
        #expect(Set(found.keys) == expected)
        #expect(summary.complete)
        expectReplays(found, program)
    }

    @Test func aPreemptionBoundMakesTheSearchIncomplete() {
        let program: @Sendable () throws -> Void = {
            let f = def("f") { (tag: String) in
                print("\(tag)1\n", terminator: "")  // one write per line: these tests are about lines' orders
                print("\(tag)2\n", terminator: "")
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
