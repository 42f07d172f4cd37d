import Testing
@_spi(Harness) import Threading

private func mul(_ x: Int, _ y: Int) -> Int { x * y }

/// CPython's test_concurrent_futures WaitTests and AsCompletedTests (thread pool), ported; both runtimes.
@Suite struct FuturesWaitTests {
    private typealias F = AnyFuture

    @Test(arguments: [RuntimeKind.simulated, .real])
    func waitReturnsDoneAndNotDone(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            // bpo-20369: a future given twice is one future.
            let twice = try executor.submit(mul, 1, 2)
            let (done, notDone) = concurrent.futures.wait([twice, twice], return_when: .ALL_COMPLETED)
            print(done == [twice], notDone.isEmpty)

            // FIRST_COMPLETED: a merely cancelled future is not done for wait().
            let event = Event()
            let f1 = try executor.submit(mul, 21, 2) as F
            let f2 = try executor.submit({ event.wait() }) as F
            let cancelled = MadeFutures.cancelled() as F
            var r = concurrent.futures.wait([cancelled, f1, f2], return_when: concurrent.futures.FIRST_COMPLETED)
            print(r.done == [f1], r.not_done == [cancelled, f2])
            event.set()
            _ = try f2.exception()

            // FIRST_COMPLETED with some already completed.
            let event2 = Event()
            let waiting = try executor.submit({ event2.wait() }) as F
            let notified = try MadeFutures.cancelledAndNotified() as F
            let successful = try MadeFutures.successful() as F
            r = concurrent.futures.wait([notified, successful, waiting], return_when: .FIRST_COMPLETED)
            print(r.done == [notified, successful], r.not_done == [waiting])
            event2.set()
            _ = try waiting.exception()
            try executor.shutdown()
        }
        #expect(result.lines() == ["True True", "True True", "True True"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func firstException(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            let event1 = Event()
            let event2 = Event()
            let future1 = try executor.submit(mul, 2, 21) as F
            let future2 =
                try executor.submit({ () throws -> Void in
                    event1.wait()
                    throw Exception("this is an exception")
                }) as F
            let future3 = try executor.submit({ event2.wait() }) as F
            let t = Thread(target: {
                _ = try future1.exception()
                event1.set()
            })
            try t.start()
            let r = concurrent.futures.wait([future1, future2, future3], return_when: .FIRST_EXCEPTION)
            print(r.done == [future1, future2], r.not_done == [future3])
            try t.join()
            event2.set()

            // Some already complete, one of them by raising.
            let event = Event()
            let failing = try executor.submit({ () throws -> Int in throw ValueError("division by zero") }) as F
            let blocked = try executor.submit({ event.wait() }) as F
            let successful = try MadeFutures.successful() as F
            let cancelled = MadeFutures.cancelled() as F
            let notified = try MadeFutures.cancelledAndNotified() as F
            let r2 = concurrent.futures.wait(
                [successful, cancelled, notified, failing, blocked], return_when: .FIRST_EXCEPTION)
            print(r2.done == [successful, notified, failing], r2.not_done == [cancelled, blocked])

            // One already failed: returns at once.
            let failed = try MadeFutures.failed() as F
            let r3 = concurrent.futures.wait([failed, blocked], return_when: .FIRST_EXCEPTION)
            print(r3.done == [failed], r3.not_done == [blocked])
            event.set()
            try executor.shutdown()
        }
        #expect(result.lines() == ["True True", "True True", "True True"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func allCompletedAndTimeout(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            let successful = try MadeFutures.successful() as F
            let notified = try MadeFutures.cancelledAndNotified() as F
            let failed = try MadeFutures.failed() as F
            let f1 = try executor.submit({ () throws -> Int in throw ValueError("division by zero") }) as F
            let f2 = try executor.submit(mul, 2, 21) as F
            let r = concurrent.futures.wait([successful, notified, failed, f1, f2], return_when: .ALL_COMPLETED)
            print(r.done == [successful, notified, failed, f1, f2], r.not_done.isEmpty)

            let event = Event()
            let blocked = try executor.submit({ event.wait() }) as F
            let started = time.monotonic()
            let r2 = concurrent.futures.wait([notified, failed, successful, blocked], timeout: 0.05)
            print(
                r2.done == [notified, failed, successful], r2.not_done == [blocked], time.monotonic() - started >= 0.05)
            event.set()

            // Issue #14406: many futures finishing at once.
            let go = Event()
            let many = try Set((0..<100).map { _ in try executor.submit({ go.wait() }) })
            go.set()
            let r3 = concurrent.futures.wait(many, return_when: .ALL_COMPLETED)
            print(r3.done.count, r3.not_done.count)
            try executor.shutdown()
        }
        #expect(result.lines() == ["True True", "True True True", "100 0"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func asCompletedGivesEveryFutureOnce(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            let f1 = try executor.submit(mul, 2, 21) as F
            let f2 = try executor.submit(mul, 7, 6) as F
            let already: [F] = [
                try MadeFutures.cancelledAndNotified(), try MadeFutures.failed(), try MadeFutures.successful(),
            ]
            let completed = Set(as_completed(already + [f1, f2]))
            print(completed == Set(already + [f1, f2]))

            // Issue 20367: duplicates are given once.
            let sleeper = try executor.submit({ time.sleep(0.1) })
            print(Array(concurrent.futures.as_completed([sleeper, sleeper, sleeper])).count)
            try executor.shutdown()
        }
        #expect(result.lines() == ["True", "1"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func asCompletedTimesOutWithCPythonsMessage(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            let already: Set<F> = [
                try MadeFutures.cancelledAndNotified(), try MadeFutures.failed(), try MadeFutures.successful(),
            ]
            for timeout in [0, 0.1] {
                var completed = Set<F>()
                let slow = try executor.submit({ time.sleep(1) }) as F
                let iterator = as_completed(already.union([slow]), timeout: timeout)
                do {
                    while let f = try iterator.next() { completed.insert(f) }
                } catch {
                    print(raised(error))
                }
                print(completed == already)
            }
            let list: [F] = [
                try MadeFutures.cancelledAndNotified(), MadeFutures.pending(), try MadeFutures.running(),
                try MadeFutures.successful(),
            ]
            do { _ = try as_completed(list, timeout: 0).list() } catch { print(raised(error)) }
            try executor.shutdown()
        }
        #expect(result.outcome == .completed, "\(result.outcome) \(result.lines(.stderr))")
        #expect(
            result.lines() == [
                "TimeoutError: 1 (of 4) futures unfinished", "True", "TimeoutError: 1 (of 4) futures unfinished",
                "True", "TimeoutError: 2 (of 4) futures unfinished",
            ])
    }

    /// Sleeps decide the order on the simulated runtime, whose clock is virtual: no machine load can reorder them.
    /// (On real threads a loaded machine can wake the 0.2 s sleeper after the 0.3 s one; the next test covers them.)
    @Test func asCompletedYieldsInFinishingOrder() {
        let result = runProgram(RunOptions(runtime: .simulated)) {
            try ThreadPoolExecutor(max_workers: 3).with { executor in
                let fs = try [0.3, 0.1, 0.2].map { delay in
                    try executor.submit({ () -> Double in
                        time.sleep(delay)
                        return delay
                    })
                }
                for f in as_completed(fs) { print(try f.result()) }
            }
        }
        #expect(result.lines() == ["0.1", "0.2", "0.3"])
    }

    /// Each future comes out of as_completed as soon as it finishes, while the others still run: the call that
    /// finishes k-th waits (up to 60 s) until the (k-1)-th was yielded, so a yield held back until later futures
    /// finish would time that wait out and print False. No sleeps: the order holds however loaded the machine is.
    @Test(arguments: [RuntimeKind.simulated, .real])
    func asCompletedYieldsEachFutureAsItFinishes(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let yielded = [Event(), Event(), Event()]  // yielded[k]: the k-th future to finish was yielded
            try ThreadPoolExecutor(max_workers: 3).with { executor in
                let fs = try [2, 0, 1].map { rank in  // submitted in another order than they finish
                    try executor.submit({ () -> String in
                        let waited = rank == 0 || yielded[rank - 1].wait(timeout: 60)
                        return "\(rank) \(waited ? "True" : "False")"
                    })
                }
                var count = 0
                for f in as_completed(fs) {
                    print(try f.result())
                    yielded[count].set()
                    count += 1
                }
            }
        }
        #expect(result.lines() == ["0 True", "1 True", "2 True"], "\(result.outcome)")
    }
}
