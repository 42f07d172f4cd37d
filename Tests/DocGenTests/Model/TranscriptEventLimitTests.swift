import DocGenModel
import Testing
@_spi(Harness) import Threading

/// `TranscriptFormat.eventLimit(forBytes:)`: a run that keeps only that many events loses nothing a transcript under
/// the limit could show; keeping one event more already makes any transcript longer than the limit.
@Suite struct TranscriptEventLimitTests {
    /// Every kind of event with the shortest name, time and text the format allows.
    static let shortest: [TraceEvent.Kind] = [
        .started, .woke, .exited, .blocked(on: ""), .output(.stdout, ""), .output(.stderr, "\n"),
    ]

    @Test func noEventLineIsShorterThanTheBoundAssumes() {
        let lengths = Self.shortest.map { kind in
            TranscriptFormat.encode(TraceEvent(time: 0, threadIndex: 0, threadName: "", kind: kind)).utf8.count + 1
        }
        #expect(lengths.min() == TranscriptFormat.shortestEventLineBytes)
    }

    @Test(arguments: [0, 1, 16, 17, 1_000, 1 << 20])
    func keptEventsAlreadyOverflowTheLimit(limit: Int) {
        let kept = TranscriptFormat.eventLimit(forBytes: limit)
        let wake = TraceEvent(time: 0, threadIndex: 0, threadName: "", kind: .woke)
        let run = RunResult(events: Array(repeating: wake, count: kept), outcome: .completed, schedule: "default")
        #expect(TranscriptFormat.encode(run).utf8.count > limit)
        var stopped = run
        stopped.outcome = .stepLimitExceeded("step limit exceeded")
        let fitted = TranscriptFormat.encode(stopped, stepLimitedTo: limit)
        let shown = (try? TranscriptFormat.decode(fitted))?.events.count ?? 0
        #expect(shown < kept, "a transcript under the limit shows fewer events than were kept")
    }

    /// The step-limited transcript is the longest prefix of events that fits (found in one pass).
    @Test func theStepLimitedTranscriptIsTheLongestPrefixThatFits() throws {
        let events = (0..<3_000).map { index in
            TraceEvent(
                time: Double(index) / 1000, threadIndex: 1, threadName: "looper",
                kind: index % 3 == 0 ? .output(.stdout, String(repeating: "x", count: index % 50) + "\n") : .woke)
        }
        let run = RunResult(events: events, outcome: .stepLimitExceeded("step limit exceeded"), schedule: "default")
        for limit: Int in [0, 100, 4_096, 50_000, 1 << 20] {
            let fitted = TranscriptFormat.encode(run, stepLimitedTo: limit)
            let count = try TranscriptFormat.decode(fitted).events.count
            #expect(try TranscriptFormat.decode(fitted).outcome == run.outcome)
            #expect(
                fitted
                    == TranscriptFormat.encode(
                        RunResult(
                            events: Array(events.prefix(count)), outcome: run.outcome, schedule: "default")))
            if count < events.count {
                #expect(fitted.utf8.count <= limit || count == 0)
                let oneMore = RunResult(
                    events: Array(events.prefix(count + 1)), outcome: run.outcome, schedule: "default")
                #expect(TranscriptFormat.encode(oneMore).utf8.count > limit)
            } else {
                #expect(fitted == TranscriptFormat.encode(run))
            }
        }
    }
}
