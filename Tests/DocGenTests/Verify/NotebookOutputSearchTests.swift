import DocGenExplore
import DocGenModel
@testable import DocGenVerify
import Testing
@_spi(Harness) @_spi(Search) import Threading

/// A notebook cell that printed none of the outputs docgen knows, while the cell's exploration was cut short by its
/// budget, is searched for: CPython may have printed an interleaving the bounded exploration had not reached.
@Suite struct NotebookOutputSearchTests {
    let cell = FidelityCell(id: "p/c", source: "print('x')\n", mode: .exact)
    let check = NotebookOutputCheck(recordings: "/nonexistent")

    /// Two threads printing `worker-N: priority` and their priority: their `print` writes can mix within a line.
    static let twoWorkers: @Sendable () throws -> Void = {
        let worker = def("worker") { (name: String, priority: Int) in print(name + ": priority", priority) }
        let threads = [Thread(target: worker, args: "worker-1", 3), Thread(target: worker, args: "worker-2", 2)]
        for t in threads { try t.start() }
        for t in threads { try t.join() }
    }

    /// Mixed lines: the first thread switched away from after its first write (a preemption), the second printing.
    static let mixed = "worker-1: priorityworker-2: priority 3 2\n\n"

    func printed(_ stdout: String) -> ExecutedNotebook.CodeCell {
        ExecutedNotebook.CodeCell(
            id: "c", python: "print('x')\n", executed: true, stdout: stdout, stderr: "", errors: [])
    }

    @Test func anOutputABoundedExplorationMissedIsFoundByASearchForIt() {
        let bounded = ExhaustiveExplorer(maxExecutions: 1).explore(Self.twoWorkers)
        #expect(!bounded.isComplete && !bounded.groups.contains { $0.output == Self.mixed })
        let first = check.check(cell, shown: nil, exploration: bounded, printed: printed(Self.mixed))
        #expect(!first.passed && first.searchable)
        let found = check.search(
            cell, printed: printed(Self.mixed), program: Self.twoWorkers, budget: ExhaustiveSearch(), failed: first)
        #expect(found.passed)
        #expect(found.text.hasPrefix("printed an output a search for it found in "))
        // The schedule it names replays the output.
        let schedule = found.text.components(separatedBy: "--schedule ").last?.dropLast() ?? ""
        let replayed = runProgram(RunOptions(schedule: .replay(String(schedule))), main: Self.twoWorkers)
        #expect(replayed.text(of: .stdout) == Self.mixed)
    }

    @Test func anImpossibleOutputFailsOnceTheSearchIsCompleteKeepingWhereItDiffers() {
        let bounded = ExhaustiveExplorer(maxExecutions: 1).explore(Self.twoWorkers)
        let impossible = printed("worker-1: priority 3\nworker-3: priority 2\n")
        let first = check.check(cell, shown: nil, exploration: bounded, printed: impossible)
        #expect(first.searchable)
        let report = check.search(
            cell, printed: impossible, program: Self.twoWorkers, budget: ExhaustiveSearch(), failed: first)
        #expect(!report.passed)
        #expect(report.text.hasPrefix("printed none of the cell's possible outputs (search complete: "))
        #expect(report.text.contains("stdout line 2:") && report.text.contains("notebook: worker-3: priority 2"))
    }

    @Test func aSearchStoppedByItsBudgetSaysItProvedNothing() {
        let bounded = ExhaustiveExplorer(maxExecutions: 1).explore(Self.twoWorkers)
        let first = check.check(cell, shown: nil, exploration: bounded, printed: printed(Self.mixed))
        let report = check.search(
            cell, printed: printed(Self.mixed), program: Self.twoWorkers, budget: ExhaustiveSearch(maxExecutions: 2),
            failed: first)
        #expect(!report.passed)
        #expect(report.text.hasPrefix("printed no output a search of 2 executions found (stopped at its budget"))
    }

    @Test func aCompleteExplorationIsNotSearchedAgain() {
        let complete = ExhaustiveExplorer().explore(Self.twoWorkers)
        #expect(complete.isComplete)
        let report = check.check(cell, shown: nil, exploration: complete, printed: printed("worker-3\n"))
        #expect(!report.passed && !report.searchable)
        #expect(check.check(cell, shown: nil, exploration: complete, printed: printed(Self.mixed)).passed)
    }

    @Test func theFirstAcceptedExecutionStopsTheSearch() {
        var visited = 0
        let (found, summary) = ExhaustiveSearch().first(Self.twoWorkers) { result in
            visited += 1
            return result.text(of: .stdout) == Self.mixed
        }
        #expect(found?.text(of: .stdout) == Self.mixed)
        #expect(summary.executions == visited && !summary.complete && !summary.budgetHit)
        let all = ExhaustiveSearch().run(Self.twoWorkers) { _, _ in }
        #expect(visited < all.executions)
    }
}

extension NotebookOutputSearchTests {
    @Test func aCompleteExplorationKeptPartlyAsTextIsSearchedForAnOutputOnTwoStreams() {
        let complete = ExhaustiveExplorer().explore(Self.twoWorkers)
        let textOnly = Exploration(
            runs: complete.runs, seed: 0,
            groups: complete.groups.map {
                OutputGroup(
                    output: $0.output, outcome: $0.outcome, count: $0.count, schedule: $0.schedule,
                    firstRun: $0.firstRun, events: [])
            }, search: complete.search)
        #expect(textOnly.isComplete)
        let twoStreams = ExecutedNotebook.CodeCell(
            id: "c", python: "print('x')\n", executed: true, stdout: Self.mixed, stderr: "warning\n", errors: [])
        #expect(check.check(cell, shown: nil, exploration: textOnly, printed: twoStreams).searchable)
        #expect(!check.check(cell, shown: nil, exploration: complete, printed: twoStreams).searchable)
    }
}
