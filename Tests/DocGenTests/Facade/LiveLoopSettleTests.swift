@testable import DocGen
import Testing

/// `LiveLoop.settled(_:every:limit:fingerprint:)`: serve rebuilds only once the watched files stopped changing, so that
/// a page saved in two steps (truncated, then written, as Python's `write_text` does) is not first built empty and
/// published as a page without its cells.
@Suite struct LiveLoopSettleTests {
    /// Hands out `reads` in order, then the last one again and again; counts the reads.
    final class ScriptedFingerprints: @unchecked Sendable {
        private var reads: [[String]]
        private(set) var count = 0

        init(_ reads: [[String]]) { self.reads = reads }

        func next() -> [String] {
            count += 1
            return reads.count > 1 ? reads.removeFirst() : reads[0]
        }
    }

    @Test func aChangeThatStaysIsTakenAfterOneMoreRead() async {
        let script = ScriptedFingerprints([["page.md 2.0 80000"]])
        let settled = await LiveLoop.settled(["page.md 2.0 80000"], every: .milliseconds(1), limit: .seconds(86_400)) {
            script.next()
        }
        #expect(settled == ["page.md 2.0 80000"])
        #expect(script.count == 1)
    }

    @Test func aFileSeenHalfWrittenIsBuiltOnlyOnceItIsWhole() async {
        // Seen truncated (size 0), then whole, then unchanged: the whole file is what gets built.
        let script = ScriptedFingerprints([["page.md 2.1 80000"], ["page.md 2.1 80000"]])
        let settled = await LiveLoop.settled(["page.md 2.0 0"], every: .milliseconds(1), limit: .seconds(86_400)) {
            script.next()
        }
        #expect(settled == ["page.md 2.1 80000"])
        #expect(script.count == 2)
    }

    @Test func aFileThatNeverStopsChangingIsBuiltAfterTheLimit() async {
        var size = 0
        let settled = await LiveLoop.settled(["log.md 1.0 0"], every: .milliseconds(1), limit: .milliseconds(50)) {
            size += 1
            return ["log.md 1.0 \(size)"]
        }
        #expect(settled.first?.hasPrefix("log.md 1.0 ") == true)
        #expect(settled == ["log.md 1.0 \(size)"], "the last fingerprint read")
        #expect(size >= 1)
    }
}
