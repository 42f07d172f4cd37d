import Testing
@_spi(Harness) @_spi(Search) import Threading

/// Reads and writes of `@Shared` variables (and of any `SharedLocation`) are places where another thread may run, as
/// between two bytecodes in CPython: the exhaustive search explores the orders of racing accesses.
@Suite struct SharedAccessTests {
    /// Two threads doing `value = count; count = value + 1` three times each, then the count printed.
    private static let lostUpdates: @Sendable () throws -> Void = {
        @Threading.Shared var count = 0
        let worker = def("worker") {
            for _ in 0..<3 {
                let value = count
                count = value + 1
            }
        }
        let threads = [Thread(target: worker), Thread(target: worker)]
        for t in threads { try t.start() }
        for t in threads { try t.join() }
        print(count)
    }

    @Test func racingReadThenWriteLosesUpdatesAsInCPython() {
        // CPython allows 2 to 6 (frontrun finds these five at bytecode level): a thread's read may be overtaken by
        // every write of the other's but its last, and the first read of one thread may come before all the other's
        // writes.
        var found: [String: String] = [:]
        let summary = ExhaustiveSearch().run(Self.lostUpdates) { result, _ in
            if found[result.text(of: .stdout)] == nil { found[result.text(of: .stdout)] = result.schedule }
        }
        #expect(Set(found.keys) == ["2\n", "3\n", "4\n", "5\n", "6\n"])
        #expect(summary.complete)
        for (output, schedule) in found {
            #expect(
                runProgram(RunOptions(schedule: .replay(schedule)), main: Self.lostUpdates).text(of: .stdout) == output)
        }
    }

    @Test func compoundAssignmentIsAReadThenAWrite() {
        let program: @Sendable () throws -> Void = {
            @Threading.Shared var count = 0
            let worker = def("worker") { count += 1 }
            let threads = [Thread(target: worker), Thread(target: worker)]
            for t in threads { try t.start() }
            for t in threads { try t.join() }
            print(count)
        }
        var outputs: Set<String> = []
        let summary = ExhaustiveSearch().run(program) { result, _ in outputs.insert(result.text(of: .stdout)) }
        #expect(outputs == ["1\n", "2\n"])
        #expect(summary.complete)
    }

    @Test func theDefaultScheduleNeverSwitchesAtASharedAccess() {
        // CPython's default schedule runs a thread for its switch interval: each worker finishes before the next.
        let result = runProgram(main: Self.lostUpdates)
        #expect(result.text(of: .stdout) == "6\n")
        #expect(result.schedule == "default")
    }

    @Test func randomSchedulesMayLoseUpdates() {
        var outputs: Set<String> = []
        for seed in 0..<200 as Range<UInt64> {
            outputs.insert(
                runProgram(RunOptions(schedule: .random(seed: seed)), main: Self.lostUpdates).text(of: .stdout))
        }
        #expect(outputs.count > 1)
        #expect(outputs.isSubset(of: ["2\n", "3\n", "4\n", "5\n", "6\n"]))
    }

    @Test func memberLocationsAreFixedAndApart() {
        let namespace = SharedLocation()
        #expect(namespace.member("count") == namespace.member("count"))
        #expect(namespace.member("count") != namespace.member("total"))
        #expect(namespace.member("count").raw > 1 << 32)
    }

    @Test func accessesOfDifferentLocationsCommute() {
        // Each thread reads and writes its own member of one namespace: nothing races, so however many accesses the
        // threads make, the search runs as many executions (only their start, end and joins are ordered), as for
        // threads taking their own lock (ExecutionsPerClassTests).
        func executions(iterations: Int) -> Int {
            let program: @Sendable () throws -> Void = {
                let namespace = SharedLocation()
                let worker = def("worker") { (name: String) in
                    for _ in 0..<iterations {
                        SharedAccess.read(namespace.member(name))
                        SharedAccess.write(namespace.member(name))
                    }
                }
                let threads = [Thread(target: worker, args: "a"), Thread(target: worker, args: "b")]
                for t in threads { try t.start() }
                for t in threads { try t.join() }
            }
            let summary = ExhaustiveSearch().run(program) { _, _ in }
            #expect(summary.complete)
            return summary.executions
        }
        #expect(executions(iterations: 3) == executions(iterations: 1))
    }

    @Test func accessesOfOneLocationAreOrdered() {
        // The same program with both threads on one member: their writes conflict, so more orders are explored.
        let program: @Sendable () throws -> Void = {
            let namespace = SharedLocation()
            let worker = def("worker") {
                for _ in 0..<3 {
                    SharedAccess.read(namespace.member("count"))
                    SharedAccess.write(namespace.member("count"))
                }
            }
            let threads = [Thread(target: worker), Thread(target: worker)]
            for t in threads { try t.start() }
            for t in threads { try t.join() }
        }
        let apart: @Sendable () throws -> Void = {
            let namespace = SharedLocation()
            let worker = def("worker") { (name: String) in
                for _ in 0..<3 {
                    SharedAccess.read(namespace.member(name))
                    SharedAccess.write(namespace.member(name))
                }
            }
            let threads = [Thread(target: worker, args: "a"), Thread(target: worker, args: "b")]
            for t in threads { try t.start() }
            for t in threads { try t.join() }
        }
        let summary = ExhaustiveSearch().run(program) { _, _ in }
        let apartSummary = ExhaustiveSearch().run(apart) { _, _ in }
        #expect(summary.complete)
        #expect(summary.executions > apartSummary.executions)
    }
}
