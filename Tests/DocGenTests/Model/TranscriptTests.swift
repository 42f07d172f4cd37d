@testable import DocGenModel
import DocGenTestSupport
import Testing
@_spi(Harness) import Threading

@Suite struct TranscriptTests {
    static let sample = RunResult(
        events: [
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .started),
            TraceEvent(
                time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stderr, "(MainThread) Starting\n")),
            TraceEvent(time: 1, threadIndex: 1, threadName: "daemon", kind: .blocked(on: "sleep 1.0")),
            TraceEvent(time: 1.5, threadIndex: 1, threadName: "daemon", kind: .woke),
            TraceEvent(
                time: 2.25, threadIndex: 1, threadName: "we]ird\\name", kind: .output(.stdout, "a\tb\\c\r\u{1}x")),
            TraceEvent(time: 2.25, threadIndex: 1, threadName: "daemon", kind: .output(.stdout, "")),
            TraceEvent(time: 2.25, threadIndex: 1, threadName: "daemon", kind: .output(.stdout, "\n")),
            TraceEvent(time: 2.25, threadIndex: 1, threadName: "daemon", kind: .output(.stdout, "ends in backslash\\")),
            TraceEvent(time: 2.25, threadIndex: 1, threadName: "daemon", kind: .output(.stdout, "two\nlines \n")),
            TraceEvent(time: 3, threadIndex: 0, threadName: "MainThread", kind: .exited),
        ],
        outcome: .completed, schedule: "default")

    @Test func encodesOneEventPerLine() {
        let text = TranscriptFormat.encode(Self.sample)
        #expect(
            text == """
                # docgen transcript 1
                # schedule: default
                0.000 T0 [MainThread] start
                0.000 T0 [MainThread] stderr: (MainThread) Starting
                1.000 T1 [daemon] block: sleep 1.0
                1.500 T1 [daemon] wake
                2.250 T1 [we\\]ird\\\\name] stdout: a\\tb\\\\c\\r\\u{1}x\\c
                2.250 T1 [daemon] stdout: \\c
                2.250 T1 [daemon] stdout:
                2.250 T1 [daemon] stdout: ends in backslash\\\\\\c
                2.250 T1 [daemon] stdout: two\\nlines\\u{20}
                3.000 T0 [MainThread] exit
                = completed

                """)
    }

    @Test func decodingReversesEncoding() throws {
        let text = TranscriptFormat.encode(Self.sample)
        #expect(try TranscriptFormat.decode(text) == Self.sample)
    }

    /// Names and outputs without a backslash are read by bytes (no escape to undo, the name's `]` found directly):
    /// the same text as reading them Character by Character, whatever their characters.
    @Test(arguments: ["MainThread", "naïve", "e\u{301}", "名前 ☃", "👩‍👩‍👧", "a b", "]x", "x\\]y", "tab\tend"])
    func namesAndOutputsOfAnyCharactersRoundTrip(text: String) throws {
        let result = RunResult(
            events: [
                TraceEvent(time: 0, threadIndex: 0, threadName: text, kind: .output(.stdout, text + "\n")),
                TraceEvent(time: 0, threadIndex: 0, threadName: text, kind: .blocked(on: text)),
            ],
            outcome: .uncaughtError(text), schedule: text)
        #expect(try TranscriptFormat.decode(TranscriptFormat.encode(result)) == result)
    }

    @Test(arguments: [
        RunOutcome.completed, .deadlock(report: "T1 waits on Lock#1 held by T2\nT2 waits on Lock#2 held by T1"),
        .uncaughtError("RuntimeError: release unlocked lock"), .stepLimitExceeded("1000000 steps"),
        .deadlock(report: ""),
    ])
    func everyOutcomeRoundTrips(outcome: RunOutcome) throws {
        let result = RunResult(events: [], outcome: outcome, schedule: "r:1,2\n")
        #expect(try TranscriptFormat.decode(TranscriptFormat.encode(result)) == result)
    }

    @Test func deadlockReportLinesAreIndented() {
        let text = TranscriptFormat.encode(RunResult(events: [], outcome: .deadlock(report: "a\nb"), schedule: "s"))
        #expect(text.hasSuffix("= deadlock\n  a\n  b\n"))
    }

    @Test func untaggedViewIsExactlyWhatWasPrinted() {
        #expect(
            TranscriptFormat.untagged(Self.sample)
                == "(MainThread) Starting\na\tb\\c\r\u{1}x\nends in backslash\\two\nlines \n")
    }

    @Test(arguments: [
        ("", 1), ("# docgen transcript 1\n", 2), ("# docgen transcript 1\n# schedule: x\n", 3),
        ("# docgen transcript 1\n# schedule: x\nnonsense\n= completed\n", 3),
        ("# docgen transcript 1\n# schedule: x\n= completed\nextra\n", 4),
        ("# docgen transcript 1\n# schedule: x\n0.000 T0 [Main] stdout: bad \\q escape\n= completed\n", 3),
        ("# docgen transcript 1\n# schedule: x\n= finished\n", 3),
    ])
    func malformedTranscriptsNameTheirLine(text: String, line: Int) {
        #expect {
            try TranscriptFormat.decode(text)
        } throws: { error in
            (error as? TranscriptError)?.line == line
        }
    }

    /// Random texts and names built from the characters the format must escape round-trip exactly.
    @Test func randomTextsRoundTrip() throws {
        let alphabet: [String] = [
            "a", "c", " ", "\\", "\n", "\t", "\r", "]", "[", "\u{0}", "\u{1B}", "\u{7F}", "é", "🧵",
            "\\c", "=", "#", "u{41}",
        ]
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func text() -> String { (0..<next(12)).map { _ in alphabet[next(alphabet.count)] }.joined() }
        for _ in 0..<500 {
            let stream: StdStream = next(2) == 0 ? .stdout : .stderr
            let events = [
                TraceEvent(
                    time: Double(next(100_000)) / 1000, threadIndex: next(5), threadName: text(),
                    kind: .output(stream, text())),
                TraceEvent(time: 0, threadIndex: 0, threadName: text(), kind: .blocked(on: text())),
            ]
            let result = RunResult(events: events, outcome: .uncaughtError(text()), schedule: text())
            #expect(try TranscriptFormat.decode(TranscriptFormat.encode(result)) == result)
        }
    }
}
