@testable import DocGenModel
import DocGenTestSupport
import Testing
@_spi(Harness) import Threading

@Suite struct CompactWritesTests {
    private let events = [
        TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .started),
        TraceEvent(time: 0, threadIndex: 1, threadName: "Thread-1 (worker)", kind: .output(.stdout, "é 🧵 ")),
        TraceEvent(time: 0.5, threadIndex: 1, threadName: "Thread-1 (worker)", kind: .output(.stderr, "")),
        TraceEvent(time: 0.5, threadIndex: 0, threadName: "MainThread", kind: .blocked(on: "join Thread-1")),
        TraceEvent(time: 1.25, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "\r")),
        TraceEvent(time: 1.25, threadIndex: 1, threadName: "renamed", kind: .output(.stderr, "\nend\n")),
    ]

    /// The writes come back as they were (times, threads, names, streams, texts cut at multi-byte characters and
    /// between a `\r` and a `\n`), and the other events are left out.
    @Test func writesComeBackExactly() throws {
        let output = "é 🧵 \r\nend\n"
        let compact = try #require(CompactWrites(events: events, output: output))
        let writes = events.filter { if case .output = $0.kind { true } else { false } }
        #expect(compact.events(output: output) == writes)
    }

    /// Each write keeps the name its thread had then: threads renamed and named back, two threads under one name, and
    /// thread indices past those whose last name is remembered.
    @Test func eachWriteKeepsItsThreadsNameOfThatMoment() throws {
        let writes = [(1, "a"), (2, "a"), (1, "b"), (1, "a"), (5_000, "a"), (5_000, "c"), (2, "a"), (1, "b")]
            .enumerated().map { index, write in
                TraceEvent(
                    time: Double(index), threadIndex: write.0, threadName: write.1, kind: .output(.stdout, "\(index)"))
            }
        let output = (0..<writes.count).map(String.init).joined()
        let compact = try #require(CompactWrites(events: writes, output: output))
        #expect(compact.events(output: output) == writes)
    }

    /// Writes that do not make up the output are refused, not cut wrongly.
    @Test func writesThatAreNotTheOutputAreRefused() {
        #expect(CompactWrites(events: events, output: "é 🧵 \r\nend") == nil)
        #expect(CompactWrites(events: events, output: "é 🧵 \r\nend\n\n") == nil)
        #expect(CompactWrites(events: [], output: "") != nil)
    }
}
