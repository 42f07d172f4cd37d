import Synchronization
import Testing
@_spi(Harness) import Threading

/// `RunOptions.eventLimit`: a run keeps its first events only, so a loop that runs to the step limit holds none of
/// its per-step events; what it prints still reaches `echo`, and the run ends as it would without the limit.
@Suite struct EventLimitTests {
    /// A thread that sleeps in a loop until the step limit: two events (block, wake) at every turn.
    private static let sleeper: @Sendable () throws -> Void = {
        let looper = Thread(
            name: "looper",
            target: def("loop") {
                var turn = 0
                while true {
                    turn += 1
                    if turn % 1_000 == 0 { print("turn", turn) }
                    time.sleep(0.001)
                }
            })
        try looper.start()
        try looper.join()
    }

    @Test func aLoopToTheStepLimitKeepsOnlyItsFirstEvents() {
        let unlimited = runProgram(RunOptions(stepLimit: 20_000), main: Self.sleeper)
        guard case .stepLimitExceeded = unlimited.outcome else {
            Issue.record("expected the step limit, got \(unlimited.outcome)")
            return
        }
        #expect(unlimited.events.count > 5_000, "the loop records events at every turn")

        let printed = Mutex("")
        let limited = runProgram(
            RunOptions(stepLimit: 20_000, eventLimit: 100, echo: { _, text in printed.withLock { $0 += text } }),
            main: Self.sleeper)
        #expect(limited.outcome == unlimited.outcome)
        #expect(limited.events == Array(unlimited.events.prefix(100)))
        #expect(printed.withLock { $0 } == unlimited.text(of: .stdout), "output past the limit is still echoed")
    }

    @Test func aLimitOfZeroKeepsNothingAndEndsTheRunAlike() {
        let program: @Sendable () throws -> Void = {
            print("one")
            print("two")
        }
        let all = runProgram(RunOptions(), main: program)
        #expect(all.events.count == 4, "start, two outputs, exit")
        #expect(runProgram(RunOptions(eventLimit: 3), main: program).events == Array(all.events.prefix(3)))
        let none = runProgram(RunOptions(eventLimit: 0), main: program)
        #expect(none.events.isEmpty)
        #expect(none.outcome == .completed)
    }
}
