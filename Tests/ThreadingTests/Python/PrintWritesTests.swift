import Testing
@_spi(Harness) @_spi(Search) import Threading

/// `print` writes what CPython's `builtin_print` writes: each argument's `str()`, each separator and the end, each
/// a place where another thread may run — so lines can mix as they do in a terminal.
@Suite struct PrintWritesTests {
    /// Every distinct text two threads writing `a` and `b` (each its pieces in order) can give. The second may write
    /// first: the first thread may be switched away from before its first write.
    static func interleavings(_ a: [String], _ b: [String]) -> Set<String> {
        var results: Set<String> = []
        func walk(_ i: Int, _ j: Int, _ text: String) {
            if i == a.count && j == b.count {
                results.insert(text)
                return
            }
            if i < a.count { walk(i + 1, j, text + a[i]) }
            if j < b.count { walk(i, j + 1, text + b[j]) }
        }
        walk(0, 0, "")
        return results
    }

    private static let twoWorkers: @Sendable () throws -> Void = {
        let worker = def("worker") { (name: String, priority: Int) in print(name + ": priority", priority) }
        let threads = [Thread(target: worker, args: "worker-1", 3), Thread(target: worker, args: "worker-2", 2)]
        for t in threads { try t.start() }
        for t in threads { try t.join() }
    }

    @Test func twoThreadsPrintingGiveEveryMixOfTheirWrites() {
        var found: [String: String] = [:]
        let summary = ExhaustiveSearch().run(Self.twoWorkers) { result, _ in
            if found[result.text(of: .stdout)] == nil { found[result.text(of: .stdout)] = result.schedule }
        }
        let expected = Self.interleavings(
            ["worker-1: priority", " ", "3", "\n"], ["worker-2: priority", " ", "2", "\n"])
        #expect(Set(found.keys) == expected)
        #expect(found.keys.contains("worker-1: priorityworker-2: priority 3 2\n\n"))
        #expect(summary.complete)
        for (output, schedule) in found {
            #expect(
                runProgram(RunOptions(schedule: .replay(schedule)), main: Self.twoWorkers).text(of: .stdout) == output)
        }
    }

    @Test func theDefaultScheduleWritesEachLineWhole() {
        let result = runProgram(main: Self.twoWorkers)
        #expect(result.text(of: .stdout) == "worker-1: priority 3\nworker-2: priority 2\n")
        // One output event per print, as before print wrote its pieces: the trace (and snapshots) are unchanged.
        let outputs = result.events.filter { if case .output = $0.kind { true } else { false } }
        #expect(outputs.count == 2)
    }

    @Test func aPreemptingScheduleWritesEachPieceOnItsOwn() {
        let result = runProgram(RunOptions(schedule: .replay("c"))) { print("a", 1, separator: "-", terminator: "!\n") }
        let texts = result.events.compactMap { event -> String? in
            if case .output(_, let text) = event.kind { text } else { nil }
        }
        #expect(texts == ["a", "-", "1", "!\n"])
    }

    @Test func anItemThatRaisesLeavesWhatWasWritten() {
        struct Boom: Error {}
        for schedule in ["default", "c"] {
            let result = runProgram(RunOptions(schedule: .replay(schedule))) {
                do {
                    try pythonPrint(count: 3, separator: " ", terminator: "\n", to: .stdout) { index in
                        if index == 2 { throw Boom() }
                        return "item\(index)"
                    }
                } catch {
                    print("raised")
                }
            }
            #expect(result.text(of: .stdout) == "item0 item1 raised\n", "\(schedule)")
        }
    }
}
