import Testing
@_spi(Harness) import Threading

#if canImport(Glibc)
    import Glibc
#endif

private func wallSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

@Suite struct DeadlockTests {
    @Test func oppositeLockOrderIsReportedWithWaitersAndHolders() {
        let result = simulate {
            let first = Lock()
            let second = Lock()
            let take = def("take") { (a: Lock, b: Lock) in
                a.with {
                    time.sleep(0.1)
                    b.with { print("never") }
                }
            }
            let one = Thread(name: "one", target: take, args: first, second)
            let two = Thread(name: "two", target: take, args: second, first)
            try one.start()
            try two.start()
            try one.join()
        }
        guard case .deadlock(let report) = result.outcome else {
            Issue.record("expected a deadlock, got \(result.outcome)")
            return
        }
        #expect(
            report.split(separator: "\n") == [
                "MainThread waits on join one", "one waits on Lock#2 held by two", "two waits on Lock#1 held by one",
            ])
        #expect(result.lines().isEmpty)
    }

    @Test func waitingForAnEventNobodySetsIsADeadlockNotAHang() {
        let result = simulate {
            let event = Event()
            event.wait()
        }
        #expect(result.outcome == .deadlock(report: "MainThread waits on Event#1"))
    }

    @Test func nonDaemonThreadBlockedForeverBlocksTheExit() {
        let result = simulate {
            let q = Queue<Int>()
            let worker = def("worker") { (q: Queue<Int>) in _ = try q.get() }
            try Thread(target: worker, args: q).start()
        }
        #expect(
            result.outcome
                == .deadlock(
                    report: """
                        MainThread waits on join Thread-1 (worker)
                        Thread-1 (worker) waits on Queue#1.get
                        """))
    }

    @Test func busyLoopHitsTheStepLimit() {
        let result = simulate(RunOptions(stepLimit: 10_000)) {
            let event = Event()
            while !event.is_set() {}
        }
        guard case .stepLimitExceeded(let message) = result.outcome else {
            Issue.record("expected the step limit, got \(result.outcome)")
            return
        }
        #expect(message.contains("10000"))
    }

    @Test func loopWithoutSchedulingPointsIsCaughtByTheStallTimeout() {
        let result = simulate(RunOptions(stallTimeout: 0.3)) {
            // Spins for about a second of wall time without touching the runtime, then gives up by itself.
            let start = wallSeconds()
            while wallSeconds() - start < 1.0 {}
        }
        guard case .stepLimitExceeded(let message) = result.outcome else {
            Issue.record("expected a stall, got \(result.outcome)")
            return
        }
        #expect(message.contains("MainThread"))
    }
}

@Suite struct SwitchIntervalTests {
    /// CPython lets a busy-waiting thread go after its switch interval; the default schedule does too, so polling
    /// loops finish instead of hitting the step limit.
    @Test func busyWaitingOnAnotherThreadFinishes() {
        let result = simulate {
            let done = Event()
            let t = Thread(target: def("setter") { done.set() }, daemon: true)
            let flag = Shared(false)
            let poller = Thread(
                target: def("poller") {
                    while !done.is_set() {}
                    flag.value = true
                })
            try poller.start()
            try t.start()
            while poller.is_alive() {}
            print(flag.value)
        }
        #expect(result.outcome == .completed)
        #expect(result.lines() == ["True"])
    }
}

extension SwitchIntervalTests {
    @Test(arguments: [SchedulePolicy.random(seed: 1), .pct(seed: 1), .pct(seed: 2)])
    func busyWaitingFinishesUnderSeededSchedulesToo(policy: SchedulePolicy) {
        let result = simulate(RunOptions(schedule: policy)) {
            let done = Event()
            let poller = Thread(target: def("poller") { while !done.is_set() {} })
            try poller.start()
            try Thread(target: def("setter") { done.set() }).start()
            try poller.join()
            print("done")
        }
        #expect(result.outcome == .completed)
        #expect(result.lines() == ["done"])
    }
}
