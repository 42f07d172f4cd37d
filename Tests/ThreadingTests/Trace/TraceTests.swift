import Testing

@_spi(Harness) @testable import Threading

@Test func textOfStreamConcatenatesOnlyThatStream() {
    let result = RunResult(
        events: [
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stdout, "a\n")),
            TraceEvent(time: 0, threadIndex: 0, threadName: "MainThread", kind: .output(.stderr, "b\n")),
            TraceEvent(time: 1, threadIndex: 1, threadName: "t", kind: .output(.stdout, "c")),
        ],
        outcome: .completed, schedule: "default")
    #expect(result.text(of: .stdout) == "a\nc")
    #expect(result.text(of: .stderr) == "b\n")
}
