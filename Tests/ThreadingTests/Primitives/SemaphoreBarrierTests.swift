import Testing
@_spi(Harness) import Threading

/// CPython's lock_tests semaphore and barrier tests, ported.
@Suite struct SemaphoreBarrierTests {
    @Test(arguments: [RuntimeKind.simulated, .real])
    func semaphoreConstructionAndTryAcquire(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            do { _ = try Semaphore(-1) } catch { print(raised(error)) }
            let s = try Semaphore(2)
            print(s.acquire(false), s.acquire(false), s.acquire(false))
            try s.release()
            print(s.acquire(false))
            do { _ = try s.acquire(false, timeout: 1.0) } catch { print(raised(error)) }
            let start = time.monotonic()
            print(try s.acquire(timeout: 0.1), time.monotonic() - start >= 0.1)
            do { try s.release(n: 0) } catch { print(raised(error)) }
            // A plain Semaphore may go past its initial value.
            try s.release(3)
            print(s.acquire(false), s.acquire(false), s.acquire(false), s.acquire(false))
        }
        #expect(
            result.lines() == [
                "ValueError: semaphore initial value must be >= 0", "True True False", "True",
                "ValueError: can't specify timeout for non-blocking acquire", "False True",
                "ValueError: n must be one or more",
                "True True True False",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func defaultValueIsOneSoASecondAcquirerBlocks(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let s = try Semaphore()
            s.acquire()
            let t = Thread(
                target: def("second") {
                    s.acquire()
                    print("second acquired")
                })
            try t.start()
            time.sleep(0.05)
            print("releasing", t.is_alive())
            try s.release()
            try t.join()
        }
        #expect(result.lines() == ["releasing True", "second acquired"])
    }

    /// test_acquire_contended / test_multirelease: Semaphore(7), 10 threads acquiring twice.
    @Test(arguments: [RuntimeKind.simulated, .real])
    func multiReleaseLetsExactlyThatManyThrough(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let s = try Semaphore(7)
            let counter = Lock()
            let passed = Shared(0)
            let f = def("f") {
                for _ in 0..<2 {
                    s.acquire()
                    counter.with { passed.value += 1 }
                }
            }
            let threads = (0..<10).map { _ in Thread(target: f) }
            for t in threads { try t.start() }
            func settle(_ expected: Int) {
                for _ in 0..<200 where counter.with({ passed.value }) < expected { time.sleep(0.01) }
                time.sleep(0.05)
                print(counter.with { passed.value })
            }
            settle(7)
            try s.release(7)
            settle(14)
            try s.release(6)
            settle(20)
            for t in threads { try t.join() }
        }
        #expect(result.lines() == ["7", "14", "20"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func boundedSemaphoreRefusesToGoPastItsInitialValueFromAnyThread(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let s = try BoundedSemaphore(2)
            do { try s.release() } catch { print(raised(error)) }
            s.acquire()
            let t = Thread(
                target: def("releaser") {
                    try s.release()
                    do { try s.release() } catch { print(raised(error)) }
                })
            try t.start()
            try t.join()
        }
        #expect(
            result.lines() == [
                "ValueError: Semaphore released too many times", "ValueError: Semaphore released too many times",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func barrierPassesInLockstepAndGivesDistinctIndices(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            do { _ = try Barrier(0) } catch { print(raised(error)) }
            do { _ = try Barrier(-1) } catch { print(raised(error)) }
            let n = 5
            let actions = Shared(0)
            let indices = Shared<[Int]>([])
            let guardLock = Lock()
            let barrier = try Barrier(n, action: { guardLock.with { actions.value += 1 } })
            let lateAction = Shared(false)
            let f = def("f") {
                for round in 0..<10 {
                    let index = try barrier.wait()
                    // The action of this round ran before any party returned from it.
                    guardLock.with {
                        if actions.value < round + 1 { lateAction.value = true }
                        indices.value.append(index)
                    }
                }
            }
            let threads = (0..<n).map { _ in Thread(target: f) }
            for t in threads { try t.start() }
            for t in threads { try t.join() }
            print(actions.value, indices.value.reduce(0, +), barrier.n_waiting, barrier.broken, lateAction.value)
            let single = try Barrier(1)
            print(try single.wait(), try single.wait())
        }
        #expect(
            result.lines() == [
                "ValueError: parties must be >= 1", "ValueError: parties must be >= 1", "10 100 0 False False", "0 0",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func abortResetAndTimeoutBreakTheBarrier(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let barrier = try Barrier(3)
            let errors = Shared(0)
            let guardLock = Lock()
            let waiter = def("waiter") {
                do { try barrier.wait() } catch is BrokenBarrierError { guardLock.with { errors.value += 1 } }
            }
            func round(_ breakIt: () -> Void) throws {
                let threads = (0..<2).map { _ in Thread(target: waiter) }
                for t in threads { try t.start() }
                while barrier.n_waiting < 2 { time.sleep(0.01) }
                breakIt()
                for t in threads { try t.join() }
            }
            try round { barrier.abort() }
            print(errors.value, barrier.broken)
            barrier.reset()
            print(barrier.broken)
            try round { barrier.reset() }
            print(errors.value, barrier.broken)
            // Usable again: three parties pass.
            let passers = (0..<2).map { _ in Thread(target: def("passer") { try barrier.wait() }) }
            for t in passers { try t.start() }
            try barrier.wait()
            for t in passers { try t.join() }
            do { try barrier.wait(timeout: 0.05) } catch { print(pythonType(error), barrier.broken) }
            let timed = try Barrier(2, timeout: 0.05)
            do { try timed.wait() } catch { print(pythonType(error)) }
        }
        #expect(
            result.lines() == [
                "2 True", "False", "4 False", "threading.BrokenBarrierError True", "threading.BrokenBarrierError",
            ])
    }
}

@Suite struct SemaphoreContentionTests {
    /// test_try_acquire_contended: Semaphore(4), main takes one, 10 threads try without blocking: 3 succeed.
    @Test(arguments: [RuntimeKind.simulated, .real])
    func nonBlockingAcquiresUnderContention(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let s = try Semaphore(4)
            s.acquire()
            let results = Shared<[Bool]>([])
            let guardLock = Lock()
            let f = def("f") {
                let got = s.acquire(false)
                guardLock.with { results.value.append(got) }
            }
            let threads = (0..<10).map { _ in Thread(target: f) }
            for t in threads { try t.start() }
            for t in threads { try t.join() }
            print(results.value.filter { $0 }.count, results.value.filter { !$0 }.count)
        }
        #expect(result.lines() == ["3 7"])
    }
}
