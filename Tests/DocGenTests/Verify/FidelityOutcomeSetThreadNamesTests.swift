@testable import DocGenExplore
@testable import DocGenModel
import DocGenTestSupport
@testable import DocGenVerify
import Testing
@_spi(Harness) import Threading

/// The fidelity check's second rule compares CPython's outputs with a complete search's possible outputs as the model
/// check does: on each line's stream and text, not on the thread a possible output's one representative run named.
@Suite struct FidelityOutcomeSetThreadNamesTests {
    // Both threads print "x": one possible output, whose representative run names one order of the threads.
    private let same: @Sendable () throws -> Void = {
        let f = def("f") { print("x\n", terminator: "") }
        try Thread(target: f).start()
        try Thread(target: f).start()
    }

    private func line(_ thread: String, _ text: String = "x") -> FidelityLine {
        FidelityLine(stream: .stdout, thread: "Thread-\(thread) (f)", text: text)
    }

    @Test(arguments: [FidelityMode.exact, .perThread, .multiset])
    func cpythonPrintingAnOutputFromOtherThreadsIsInsideTheSet(mode: FidelityMode) throws {
        let exploration = ExhaustiveExplorer().explore(same)
        #expect(exploration.isComplete)
        #expect(exploration.groups.count == 1)
        let problems = FidelityCheck.outsideOutcomes(
            [[line("1"), line("2")], [line("2"), line("1")]], exploration: exploration,
            cell: FidelityCell(id: "p/c", source: "", mode: mode), normaliser: try FidelityNormaliser())
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    @Test(arguments: [FidelityMode.exact, .perThread, .multiset])
    func poolThreadsTakingTheWorkInAnotherOrderCompareAlike(mode: FidelityMode) {
        // A pool whose first worker printed "a" then "b" on one run, and whose second worker did on another.
        let key = FidelityComparisonKey(mode: mode)
        #expect(key.outcome([line("1", "a"), line("2", "b")]) == key.outcome([line("2", "a"), line("1", "b")]))
        #expect(key.outcome([line("1", "a"), line("1", "b")]) == key.outcome([line("2", "a"), line("2", "b")]))
        #expect(key.outcome([line("1", "a"), line("2", "b")]) != key.outcome([line("1", "a"), line("2", "c")]))
        if mode == .exact {
            #expect(key.outcome([line("1", "a"), line("2", "b")]) != key.outcome([line("1", "b"), line("2", "a")]))
        }
    }

    @Test(arguments: [FidelityMode.exact, .perThread, .multiset])
    func anOutputWhoseTextIsOutsideTheSetStillFails(mode: FidelityMode) throws {
        let problems = FidelityCheck.outsideOutcomes(
            [[line("2"), line("1")], [line("1"), line("1", "y")]], exploration: ExhaustiveExplorer().explore(same),
            cell: FidelityCell(id: "p/c", source: "", mode: mode), normaliser: try FidelityNormaliser())
        #expect(problems.first?.hasPrefix("CPython printed 1 output(s) outside the cell's 1 possible outputs") == true)
        #expect(problems.dropFirst().first == "  [Thread-1 (f)] x", "\(problems)")
        #expect(problems.dropFirst(2).first == "  [Thread-1 (f)] y", "\(problems)")
    }
}
