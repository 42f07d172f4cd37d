import Testing
@_spi(Harness) import Threading

private func mul(_ x: Int, _ y: Int) -> Int { x * y }

private func divide(_ x: Int, _ y: Int) throws -> Int {
    if y == 0 { throw ValueError("integer division or modulo by zero") }
    return x / y
}

/// CPython's test_concurrent_futures ExecutorTest / ThreadPoolExecutorTest / ThreadPoolShutdownTest, ported; each
/// runs on both runtimes (sleeps are short so the real runtime stays quick).
@Suite struct ThreadPoolExecutorTests {
    @Test(arguments: [RuntimeKind.simulated, .real])
    func submitAndMap(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            print(try executor.submit(mul, 2, 8).result())
            print(try executor.submit({ (x: Int, y: Int) in x * y }, 2, 8).result())
            print(try executor.map(mul, 0..<10, 0..<10).list())
            print(try executor.map({ abs($0) }, -5..<5).list())
            // An error in a call is raised by the iterator at that call's place.
            let results = try executor.map(divide, [1, 1, 1, 1], [2, 3, 0, 5])
            print(try results.next() as Any, try results.next() as Any)
            do { _ = try results.next() } catch { print(raised(error)) }
            print(try results.next() as Any)  // a generator that raised is finished
            try executor.shutdown(wait: true)
        }
        #expect(
            result.lines() == [
                "16", "16", "[0, 1, 4, 9, 16, 25, 36, 49, 64, 81]", "[5, 4, 3, 2, 1, 0, 1, 2, 3, 4]", "0 0",
                "ValueError: integer division or modulo by zero", "None",
            ])
        #expect(result.outcome == .completed)
    }

    /// test_del_shutdown: a pool whose last reference is dropped shuts down; its workers finish the queued calls and
    /// end (CPython's weakref callback wakes them), so joining them returns. Before, they kept the pool alive and
    /// the joins deadlocked.
    @Test(arguments: [RuntimeKind.simulated, .real])
    func aPoolWhoseLastReferenceIsDroppedShutsDown(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            var executor: ThreadPoolExecutor? = try ThreadPoolExecutor(max_workers: 5)
            let results = try executor!.map({ abs($0) }, -5..<5)
            let threads = executor!._threads
            executor = nil
            for thread in threads { try thread.join() }
            print(try results.list())
            print(threads.contains { $0.is_alive() })
        }
        #expect(result.lines() == ["[5, 4, 3, 2, 1, 0, 1, 2, 3, 4]", "False"])
        #expect(result.outcome == .completed)
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func mapTimesOutAfterTheCallsThatFinishedInTime(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            var results: [String] = []
            do {
                let iterator = try executor.map({ time.sleep($0) }, [0, 0, 0.6], timeout: 0.3)
                while let value = try iterator.next() { results.append(str(value)) }
                print("expected TimeoutError")
            } catch is TimeoutError {
                print("TimeoutError", results)
            }
            try executor.shutdown()
        }
        #expect(result.lines() == ["TimeoutError ['None', 'None']"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func badMaxWorkersAndDefaultWorkerCount(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            for n in [0, -1] {
                do { _ = try ThreadPoolExecutor(max_workers: n) } catch { print(raised(error)) }
            }
            print(try ThreadPoolExecutor()._max_workers == min(32, (os.cpu_count() ?? 1) + 4))
        }
        #expect(
            result.lines() == [
                "ValueError: max_workers must be greater than 0", "ValueError: max_workers must be greater than 0",
                "True",
            ])
    }

    @Test func simulatedCPUCountIsFixed() {
        #expect(simulate { print(os.cpu_count() as Any, try ThreadPoolExecutor()._max_workers) }.lines() == ["2 6"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func mapSubmitsWithoutIteration(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let finished = Shared<[Int]>([])
            let lock = Lock()
            let executor = try ThreadPoolExecutor(max_workers: 5)
            _ = try executor.map({ (n: Int) in lock.with { finished.value.append(n) } }, 0..<10)
            try executor.shutdown(wait: true)
            print(finished.value.sorted())
        }
        #expect(result.lines() == ["[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func saturationStartsMaxWorkersAndIdleThreadsAreReused(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(4)
            let sem = try Semaphore(0)
            for _ in 0..<(15 * executor._max_workers) { try executor.submit({ sem.acquire() }) }
            print(executor._threads.count)
            for _ in 0..<(15 * executor._max_workers) { try sem.release() }
            try executor.shutdown(wait: true)

            let reuse = try ThreadPoolExecutor()
            _ = try reuse.submit(mul, 21, 2).result()
            _ = try reuse.submit(mul, 6, 7).result()
            _ = try reuse.submit(mul, 3, 14).result()
            print(reuse._threads.count)
            try reuse.shutdown(wait: true)
        }
        // A worker marks itself idle only after its future's result is set (as CPython's _worker does), so on real
        // threads the next submit can miss it and start another worker; the simulated default schedule never does.
        let lines = result.lines()
        #expect(lines.first == "4")
        if runtime == .simulated {
            #expect(lines.last == "1")
        } else {
            #expect(lines.count == 2 && ["1", "2", "3"].contains(lines[1]))
        }
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func mapTimeoutCancelsTheCallsNotStarted(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let stop = Event()
            let log = Shared<[String]>([])
            let lock = Lock()
            let logAndWait = { (ident: String) in
                lock.with { log.value.append("ident='\(ident)' started") }
                stop.wait()
                lock.with { log.value.append("ident='\(ident)' stopped") }
            }
            try ThreadPoolExecutor(max_workers: 1).with { pool in
                let first = try pool.submit(logAndWait, "first")
                let gen = try pool.map(logAndWait, ["second", "third"], timeout: 0)
                do { _ = try gen.next() } catch { print(raised(error)) }
                gen.close()
                stop.set()
                try first.result()
            }
            print(log.value)
        }
        #expect(result.lines() == ["TimeoutError", "[\"ident='first' started\", \"ident='first' stopped\"]"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func threadNamesDefaultAndPrefixed(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let first = try ThreadPoolExecutor(max_workers: 5)
            let special = try ThreadPoolExecutor(max_workers: 5, thread_name_prefix: "SpecialPool")
            let second = try ThreadPoolExecutor(max_workers: 2)
            let event = Event()
            for executor in [first, special, second] {
                for _ in 0..<5 { try executor.submit({ event.wait() }) }
            }
            print(enumerate().map(\.name))
            event.set()
            for executor in [first, special, second] { try executor.shutdown() }
        }
        #expect(
            result.lines() == [
                "['MainThread', 'ThreadPoolExecutor-0_0', 'ThreadPoolExecutor-0_1', 'ThreadPoolExecutor-0_2', "
                    + "'ThreadPoolExecutor-0_3', 'ThreadPoolExecutor-0_4', 'SpecialPool_0', 'SpecialPool_1', "
                    + "'SpecialPool_2', 'SpecialPool_3', 'SpecialPool_4', 'ThreadPoolExecutor-1_0', "
                    + "'ThreadPoolExecutor-1_1']"
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func submitAfterShutdownIsARuntimeError(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            try executor.shutdown()
            try executor.shutdown()  // more than once is fine
            do { try executor.submit(mul, 2, 5) } catch { print(raised(error)) }
        }
        #expect(result.lines() == ["RuntimeError: cannot schedule new futures after shutdown"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func shutdownWaitsForQueuedWorkAndCancelFuturesCancelsIt(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            let all = try (0..<50).map { _ in try executor.submit({ time.sleep(0.01) }) }
            try executor.shutdown()
            for f in all { try f.result() }
            print("all finished")

            let cancelling = try ThreadPoolExecutor(max_workers: 5)
            let fs = try (0..<50).map { _ in try cancelling.submit({ time.sleep(0.01) }) }
            try cancelling.shutdown(cancel_futures: true)
            let cancelled = fs.filter { $0.cancelled() }
            let others = fs.filter { !$0.cancelled() }
            print(cancelled.count > 20, !others.isEmpty)
            print(try others.allSatisfy { try $0.done() && $0.exception() == nil })

            let single = try ThreadPoolExecutor(max_workers: 1)
            _ = try single.submit({ 0 }).result()
            try single.submit({ 0 }).cancel()
            try single.shutdown(wait: true)
            print("no hang")
        }
        #expect(result.lines() == ["all finished", "True True", "True", "no hang"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func workersEndAfterShutdownWithAndWithoutWait(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let executor = try ThreadPoolExecutor(max_workers: 5)
            let sem = try Semaphore(0)
            for _ in 0..<3 { try executor.submit({ sem.acquire() }) }
            print(executor._threads.count)
            for _ in 0..<3 { try sem.release() }
            try executor.shutdown()
            print(executor._threads.map { $0.is_alive() })

            let noWait = try ThreadPoolExecutor(max_workers: 5)
            let results = try noWait.map({ abs($0) }, -5..<5)
            let threads = noWait._threads
            try noWait.shutdown(wait: false)
            for t in threads { try t.join() }
            print(try results.list())
        }
        #expect(result.lines() == ["3", "[False, False, False]", "[5, 4, 3, 2, 1, 0, 1, 2, 3, 4]"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func aPoolNeverShutDownFinishesItsWorkAtExit(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let t = try ThreadPoolExecutor(5)
            try t.submit({
                time.sleep(0.1)
                print("apple")
            })
            try ThreadPoolExecutor().submit({ print("pear") })
        }
        #expect(result.outcome == .completed)
        #expect(result.lines().sorted() == ["apple", "pear"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func withShutsDownEvenWhenTheBodyThrows(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            var pool: ThreadPoolExecutor?
            do {
                try ThreadPoolExecutor(max_workers: 2).with { executor in
                    pool = executor
                    try executor.submit({ time.sleep(0.05) })
                    throw ValueError("body failed")
                }
            } catch {
                print(raised(error))
            }
            print(pool!._threads.map { $0.is_alive() })
            do { try pool!.submit({ 1 }) } catch { print(raised(error)) }
        }
        #expect(
            result.lines() == [
                "ValueError: body failed", "[False]", "RuntimeError: cannot schedule new futures after shutdown",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func aFailingInitializerBreaksThePool(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let pool = try ThreadPoolExecutor(max_workers: 1, initializer: { throw ValueError("init failed") })
            let f = try pool.submit({ 1 })
            do { _ = try f.result() } catch { print(raised(error)) }
            do { try pool.submit({ 1 }) } catch { print(raised(error)) }
            try pool.shutdown()
        }
        let broken =
            "concurrent.futures.thread.BrokenThreadPool: A thread initializer failed, the thread pool is not usable anymore"
        #expect(result.lines() == [broken, broken])
        #expect(
            result.lines(.stderr) == [
                "Exception in initializer:", "Traceback (most recent call last):", "ValueError: init failed",
            ])
    }

    /// The README's example, as written there.
    @Test(arguments: [RuntimeKind.simulated, .real])
    func readmeExample(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let square = { (n: Int) -> Int in
                time.sleep(0.1); return n * n
            }
            try concurrent.futures.ThreadPoolExecutor(max_workers: 3).with { executor in
                let futures = try (1...5).map { n in try executor.submit(square, n) }
                for future in concurrent.futures.as_completed(futures) { print(try future.result()) }
                let results = try executor.map(square, [6, 7])
                while let value = try results.next() { print(value) }
            }
        }
        let lines = result.lines()
        #expect(Set(lines.prefix(3)) == ["1", "4", "9"])
        #expect(Set(lines.dropFirst(3).prefix(2)) == ["16", "25"])
        #expect(lines.suffix(2) == ["36", "49"])
    }
}
