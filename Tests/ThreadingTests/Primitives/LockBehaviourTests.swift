import Testing
@_spi(Harness) import Threading

/// CPython's lock_tests.LockTests / BaseLockTests, ported; each program prints what CPython's test asserts.
@Suite struct LockBehaviourTests {
    @Test(arguments: [RuntimeKind.simulated, .real])
    func tryAcquireSucceedsWhenFreeAndFailsWhenHeldElsewhere(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = Lock()
            print(lock.acquire(false))
            let other = Thread(target: def("other") { (lock: Lock) in print(lock.acquire(false)) }, args: lock)
            try other.start()
            try other.join()
            try lock.release()
        }
        #expect(result.outcome == .completed)
        #expect(result.lines() == ["True", "False"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func contendedAcquirersAllFinishOnlyAfterTheRelease(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = Lock()
            let finished = Shared(0)
            let counter = Lock()
            lock.acquire()
            let waiter = def("waiter") {
                lock.acquire()
                try lock.release()
                counter.with { finished.value += 1 }
            }
            let threads = (0..<5).map { _ in Thread(target: waiter) }
            for t in threads { try t.start() }
            time.sleep(0.05)
            print(counter.with { finished.value })
            try lock.release()
            for t in threads { try t.join() }
            print(counter.with { finished.value })
        }
        #expect(result.lines() == ["0", "5"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func withReleasesOnNormalExitAndOnError(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = Lock()
            lock.with { print(lock.locked()) }
            print(lock.locked())
            do {
                try lock.with { throw ValueError("inside") }
            } catch {
                print(raised(error))
            }
            print(lock.locked())
        }
        #expect(result.lines() == ["True", "False", "ValueError: inside", "False"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func notReentrantSecondAcquireWaitsForAnotherThreadsRelease(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = Lock()
            let phase = Shared(0)
            let f = def("f") {
                lock.acquire()
                lock.acquire()
                phase.value = 1
            }
            let t = Thread(target: f)
            try t.start()
            while !lock.locked() { time.sleep(0.01) }  // t holds it once; now it blocks on the second acquire
            time.sleep(0.05)
            print(t.is_alive(), phase.value)
            try lock.release()
            try t.join()
            print(t.is_alive(), phase.value)
        }
        #expect(result.lines() == ["True 0", "False 1"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func anotherThreadMayRelease(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = Lock()
            lock.acquire()
            let t = Thread(target: def("releaser") { try lock.release() })
            try t.start()
            try t.join()
            print(lock.locked(), lock.acquire(false))
        }
        #expect(result.lines() == ["False True"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func releasingAnUnlockedLockRaisesRuntimeError(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            do { try Lock().release() } catch { print(raised(error)) }
        }
        #expect(result.lines() == ["RuntimeError: release unlocked lock"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func timeoutArgumentsAreCheckedAsInCPython(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = Lock()
            for (blocking, timeout) in [(false, 1.0), (true, -100), (true, 1e100), (true, TIMEOUT_MAX + 1)] {
                do { _ = try lock.acquire(blocking, timeout: timeout) } catch { print(pythonType(error)) }
            }
            print(try lock.acquire(timeout: TIMEOUT_MAX))
            try lock.release()
        }
        #expect(result.lines() == ["ValueError", "ValueError", "OverflowError", "OverflowError", "True"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func timedAcquireReturnsAtOnceWhenFreeAndFalseAfterTheTimeoutWhenHeld(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = Lock()
            var start = time.monotonic()
            print(try lock.acquire(timeout: 5), time.monotonic() - start < 1)
            let f = def("f") {
                let start = time.monotonic()
                print(try lock.acquire(timeout: 0.1), time.monotonic() - start >= 0.1)
            }
            let t = Thread(target: f)
            try t.start()
            try t.join()
            // State after a failed timed acquire.
            try lock.release()
            print(lock.locked(), lock.acquire(blocking: false))
            start = time.monotonic()
            _ = start
        }
        #expect(result.lines() == ["True True", "False True", "False True"])
    }
}

/// The Python exception class name of an error.
func pythonType(_ error: any Error) -> String {
    (error as? any PythonException)?.typeName ?? "\(type(of: error))"
}

/// An error as a traceback's last line shows it: `ValueError: message`, or the class alone (`_queue.Empty`) when its
/// `str` is empty. (`print(error)` prints only the message, as Python's `print(e)` does.)
func raised(_ error: any Error) -> String {
    let message = "\(error)"
    return message.isEmpty ? pythonType(error) : "\(pythonType(error)): \(message)"
}
