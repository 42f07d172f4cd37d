import Testing
@_spi(Harness) import Threading

/// CPython's lock_tests.EventTests and ConditionTests, ported.
@Suite struct EventConditionTests {
    @Test(arguments: [RuntimeKind.simulated, .real])
    func eventFlagFollowsSetAndClear(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let event = Event()
            print(event.is_set())
            event.set()
            event.set()
            print(event.is_set())
            event.clear()
            event.clear()
            print(event.is_set())
        }
        #expect(result.lines() == ["False", "True", "False"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func setReleasesEveryWaiterAlsoAfterASetClearCycleAndWhenClearedAtOnce(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let event = Event()
            let results = Shared<[Bool]>([])
            let guardLock = Lock()
            let waiter = def("waiter") {
                let r = event.wait()
                guardLock.with { results.value.append(r) }
            }
            for round in 0..<2 {
                let threads = (0..<5).map { _ in Thread(target: waiter) }
                for t in threads { try t.start() }
                time.sleep(0.05)
                event.set()
                // set() then clear() at once still wakes everyone (bpo-13502). Only where "everyone is already
                // waiting" is certain: the real runtime cannot know the waiters reached wait() in 50 ms.
                if round == 1 && runtime == .simulated { event.clear() }
                for t in threads { try t.join() }
                event.clear()
            }
            print(results.value.count, results.value.allSatisfy { $0 })
        }
        #expect(result.lines() == ["10 True"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func eventWaitTimesOut(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let event = Event()
            print(event.wait(timeout: 0.0))
            let start = time.monotonic()
            print(event.wait(timeout: 0.1), time.monotonic() - start >= 0.1)
            event.set()
            print(event.wait(timeout: 0.0), event.wait(timeout: 0.1))
        }
        #expect(result.lines() == ["False", "False True", "True True"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func conditionDefaultLockIsReentrantAndExplicitLockIsHeld(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let condition = Condition()
            condition.acquire()
            condition.acquire()
            try condition.release()
            try condition.release()
            let lock = Lock()
            let withLock = Condition(lock)
            withLock.acquire()
            print(lock.locked())
            try withLock.release()
            print(lock.locked())
        }
        #expect(result.lines() == ["True", "False"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func waitAndNotifyWithoutTheLockRaise(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let condition = Condition()
            do { try condition.wait() } catch { print(raised(error)) }
            do { try condition.notify() } catch { print(raised(error)) }
        }
        #expect(
            result.lines() == [
                "RuntimeError: cannot wait on un-acquired lock", "RuntimeError: cannot notify on un-acquired lock",
            ])
    }

    /// _check_notify: 5 waiters; notify(3) wakes exactly 3; then 5 more wait; notify(5) wakes the 2 oldest of the
    /// first phase and 3 of the second; notifyAll wakes the rest. Every wait returns True.
    @Test(arguments: [RuntimeKind.simulated, .real])
    func notifyWakesExactlyNOldestFirst(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let condition = Condition()
            let woken = Shared<[String]>([])
            let ready = Shared(0)
            let waiter = def("waiter") { (phase: String) in
                try condition.with {
                    ready.value += 1
                    let ok = try condition.wait()
                    woken.value.append("\(phase):\(ok)")
                }
            }
            func waitUntil(_ n: Int, ready counter: Shared<Int>) {
                while condition.with({ counter.value }) < n { time.sleep(0.01) }
            }
            func settle(_ count: Int) {
                while condition.with({ woken.value.count }) < count { time.sleep(0.01) }
                time.sleep(0.05)
            }
            var threads: [Thread] = []
            for _ in 0..<5 {
                let t = Thread(target: waiter, args: "a")
                threads.append(t)
                try t.start()
                waitUntil(threads.count, ready: ready)
            }
            try condition.with { try condition.notify(3) }
            settle(3)
            print(condition.with { woken.value })
            for _ in 0..<5 {
                let t = Thread(target: waiter, args: "b")
                threads.append(t)
                try t.start()
                waitUntil(threads.count, ready: ready)
            }
            try condition.with { try condition.notify(5) }
            settle(8)
            print(condition.with { woken.value.dropFirst(3).sorted() })
            try condition.with { try condition.notify_all() }
            for t in threads { try t.join() }
            print(woken.value.count)
        }
        #expect(
            result.lines() == [
                "['a:true', 'a:true', 'a:true']", "['a:true', 'a:true', 'b:true', 'b:true', 'b:true']", "10",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func waitTimesOutWithoutNotifyAndWaitForHonoursPredicateAndTimeout(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let condition = Condition()
            let start = time.monotonic()
            print(try condition.with { try condition.wait(timeout: 0.1) }, time.monotonic() - start >= 0.1)
            let state = Shared(0)
            let t = Thread(
                target: def("bumper") {
                    for _ in 0..<4 {
                        time.sleep(0.01)
                        try condition.with {
                            state.value += 1
                            try condition.notify()
                        }
                    }
                })
            try t.start()
            print(try condition.with { try condition.wait_for { state.value == 4 } }, state.value)
            try t.join()
            let before = time.monotonic()
            print(
                try condition.with { try condition.wait_for(timeout: 0.1) { false } },
                time.monotonic() - before >= 0.1)
        }
        #expect(result.lines() == ["False True", "True 4", "False True"])
    }
}
