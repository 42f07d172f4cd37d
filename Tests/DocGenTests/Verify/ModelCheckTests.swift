@testable import DocGenExplore
@testable import DocGenModel
import DocGenTestSupport
@testable import DocGenVerify
import Testing
import Threading

@Suite struct ModelCheckTests {
    private let program: @Sendable () throws -> Void = {
        let f = def("f") { (tag: String) in print(tag + "\n", terminator: "") }  // the line in one write
        try Thread(target: f, args: "a").start()
        try Thread(target: f, args: "b").start()
    }

    private func recording(_ outputs: [[String]]) -> CPythonRecording {
        let variants = outputs.map { tags in
            CPythonRecording.Variant(
                runs: 1,
                lines: tags.map {
                    FidelityLine(stream: .stdout, thread: $0 == "a" ? "Thread-1 (f)" : "Thread-2 (f)", text: $0)
                })
        }
        return CPythonRecording(cell: "p/c", python: "3.11", fingerprint: "x", mode: .exact, variants: variants)
    }

    @Test func cpythonOutputsInsideTheExhaustiveSetPass() throws {
        let check = ModelCheck(
            cell: "p/c", exploration: ExhaustiveExplorer().explore(program),
            recording: recording([["a", "b"], ["b", "a"]]), normaliser: try FidelityNormaliser())
        #expect(check.passed)
        #expect(check.seenByCPython == 2)
        #expect(check.summary.hasPrefix("p/c: 2 possible outputs; CPython printed 2 of them in 2 runs"))
    }

    @Test func aCPythonOutputTheModelCallsImpossibleFails() throws {
        let check = ModelCheck(
            cell: "p/c", exploration: ExhaustiveExplorer().explore(program),
            recording: recording([["a", "b"], ["a", "a"]]), normaliser: try FidelityNormaliser())
        #expect(!check.passed)
        #expect(check.unexplained.count == 1)
        #expect(check.summary.contains("FAIL: CPython printed 1 output(s) (1 runs) the model calls impossible"))
    }

    @Test func cpythonPrintingAnOutputFromOtherThreadsStillPrintedIt() throws {
        // Both threads print "x": one possible output, whose representative run names one order of the threads.
        let same: @Sendable () throws -> Void = {
            let f = def("f") { print("x\n", terminator: "") }
            try Thread(target: f).start()
            try Thread(target: f).start()
        }
        let line = { (thread: String) in FidelityLine(stream: .stdout, thread: "Thread-\(thread) (f)", text: "x") }
        let recording = CPythonRecording(
            cell: "p/c", python: "3.11", fingerprint: "x", mode: .exact,
            variants: [
                CPythonRecording.Variant(runs: 3, lines: [line("1"), line("2")]),
                CPythonRecording.Variant(runs: 2, lines: [line("2"), line("1")]),
            ])
        let check = ModelCheck(
            cell: "p/c", exploration: ExhaustiveExplorer().explore(same), recording: recording,
            normaliser: try FidelityNormaliser())
        #expect(check.possible.count == 1)
        #expect(check.cpythonRuns == [5])
        #expect(check.unexplained.isEmpty)
        #expect(check.passed)
        #expect(check.summary.hasPrefix("p/c: 1 possible output; CPython printed 1 of them in 5 runs"))
    }

    @Test func aBoundedSearchDoesNotFailOnUnreachedOutputs() throws {
        let check = ModelCheck(
            cell: "p/c", exploration: ExhaustiveExplorer(preemptionBound: 0).explore(program),
            recording: recording([["a", "b"], ["b", "a"]]), normaliser: try FidelityNormaliser())
        #expect(check.passed)
        #expect(check.summary.contains("not reached by the bounded search"))
    }

    @Test func sampledOutputsOutsideACompleteSetFail() throws {
        let exhaustive = ExhaustiveExplorer().explore(program)
        let partial = Exploration(
            runs: exhaustive.runs, seed: 0, groups: Array(exhaustive.groups.prefix(1)), search: exhaustive.search)
        let check = ModelCheck(
            cell: "p/c", exploration: partial, recording: recording([]), normaliser: try FidelityNormaliser(),
            sampled: Explorer(runs: 200, seed: 0, parallelism: 1).explore(program))
        #expect(!check.passed)
        #expect(check.summary.contains("sampled schedules are not in the exhaustive set"))
    }

    @Test func cellsCheckedInParallelAreReportedInOrderWithTheSameResults() async throws {
        let racy: @Sendable () throws -> Void = {
            let f = def("f") { (tag: String) in print(tag + "\n", terminator: "") }  // the line in one write
            for tag in ["a", "b", "c"] { try Thread(target: f, args: tag).start() }
        }
        let jobs = try [(program, [["a", "b"]]), (racy, []), (program, [["b", "a"]])].enumerated().map {
            index, job in
            ModelCheckJob(
                cell: "p/c\(index)", program: job.0, recording: recording(job.1), normaliser: try FidelityNormaliser())
        }
        var reported: [String] = []
        let parallel = await ModelCheckJob.checkAll(jobs, parallel: 3, maxExecutions: 1_000, sampled: 50) {
            reported.append($0.cell)
        }
        let serial = await ModelCheckJob.checkAll(jobs, parallel: 1, maxExecutions: 1_000, sampled: 50) { _ in }
        #expect(reported == ["p/c0", "p/c1", "p/c2"])
        #expect(parallel == serial)
        #expect(parallel.map(\.possible.count) == [2, 6, 2])
        #expect(parallel.allSatisfy { $0.passed })
    }
}
