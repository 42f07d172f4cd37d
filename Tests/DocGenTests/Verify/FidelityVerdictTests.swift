import DocGenTestSupport
@testable import DocGenVerify
import Testing

@Suite("Fidelity comparison")
struct FidelityVerdictTests {
    /// `"A:x"` is a stdout line `x` printed by thread `A`.
    private func lines(_ specs: String...) -> [FidelityLine] {
        specs.map { spec in
            let parts = spec.split(separator: ":", maxSplits: 1).map(String.init)
            return FidelityLine(stream: .stdout, thread: parts[0], text: parts[1])
        }
    }

    @Test func exactNeedsTheSameOrder() {
        let python = [lines("A:1", "B:1", "A:2")]
        #expect(FidelityVerdict.compare(python: python, swift: lines("A:1", "B:1", "A:2"), mode: .exact).passed)
        let swapped = FidelityVerdict.compare(python: python, swift: lines("B:1", "A:1", "A:2"), mode: .exact)
        #expect(!swapped.passed)
        #expect(swapped.difference.first == "line 1:")
    }

    @Test func exactPassesWhenAnyRecordedVariantMatches() {
        let python = [lines("A:1", "B:1"), lines("B:1", "A:1")]
        let verdict = FidelityVerdict.compare(python: python, swift: lines("B:1", "A:1"), mode: .exact)
        #expect(verdict.matchedVariant == 2)
        #expect(verdict.summary == "exact: matched CPython (output 2 of 2)")
    }

    @Test func perThreadIgnoresInterleavingButNotEachThreadsOrder() {
        let python = [lines("A:1", "B:1", "A:2", "B:2")]
        #expect(
            FidelityVerdict.compare(python: python, swift: lines("B:1", "B:2", "A:1", "A:2"), mode: .perThread).passed)
        let reordered = FidelityVerdict.compare(
            python: python, swift: lines("A:2", "B:1", "A:1", "B:2"), mode: .perThread)
        #expect(!reordered.passed)
        #expect(reordered.difference == ["thread A, line 1:", "  CPython: [A] 1", "  Swift:   [A] 2"])
    }

    @Test func perThreadSaysWhetherCPythonPrintedExactlyThisInterleaving() {
        let python = [lines("A:1", "B:1"), lines("B:1", "A:1")]
        let seen = FidelityVerdict.compare(python: python, swift: lines("B:1", "A:1"), mode: .perThread)
        #expect(seen.summary == "per-thread: matched CPython (output 1 of 2; identical to output 2)")
        let unseen = FidelityVerdict.compare(
            python: [lines("A:1", "B:1")], swift: lines("B:1", "A:1"), mode: .perThread)
        #expect(unseen.summary == "per-thread: matched CPython (an interleaving CPython was not seen to print)")
    }

    @Test func perThreadNoticesAMissingLineAndTheStream() {
        let python = [lines("A:1", "A:2")]
        let missing = FidelityVerdict.compare(python: python, swift: lines("A:1"), mode: .perThread)
        #expect(missing.difference.last == "  Swift:   (no more lines)")
        var stderrLine = lines("A:1", "A:2")
        stderrLine[1].stream = .stderr
        #expect(!FidelityVerdict.compare(python: python, swift: stderrLine, mode: .perThread).passed)
    }

    @Test func multisetIgnoresOrderAndThreadOrderButCountsRepeats() {
        let python = [lines("A:1", "B:2", "A:3")]
        #expect(FidelityVerdict.compare(python: python, swift: lines("A:3", "A:1", "B:2"), mode: .multiset).passed)
        let repeated = FidelityVerdict.compare(python: python, swift: lines("A:1", "A:1", "B:2"), mode: .multiset)
        #expect(!repeated.passed)
        #expect(repeated.difference == ["the lines differ:", "  only CPython: [A] 3", "  only Swift:   [A] 1"])
    }

    @Test func nothingRecordedNeverPasses() {
        let verdict = FidelityVerdict.compare(python: [], swift: lines("A:1"), mode: .exact)
        #expect(!verdict.passed)
        #expect(verdict.summary == "exact: differs from CPython (0 outputs seen)")
    }
}
