import Testing
@_spi(Harness) import Threading

/// CPython's lock_tests.RLockTests, ported.
@Suite struct RLockBehaviourTests {
    @Test(arguments: [RuntimeKind.simulated, .real])
    func ownerReacquiresAndNeedsAsManyReleases(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = RLock()
            lock.acquire()
            lock.acquire()
            print(lock._recursion_count())
            try lock.release()
            print(lock.locked(), lock._recursion_count())
            try lock.release()
            print(lock.locked(), lock._recursion_count())
            do { try lock.release() } catch { print(raised(error)) }
        }
        #expect(result.lines() == ["2", "True 1", "False 0", "RuntimeError: cannot release un-acquired lock"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func nonOwnerCannotReleaseButSeesItLocked(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = RLock()
            lock.acquire()
            let other = def("other") {
                print(lock.locked(), lock._recursion_count(), lock.acquire(false))
                do { try lock.release() } catch { print(raised(error)) }
            }
            let t = Thread(target: other)
            try t.start()
            try t.join()
            print(lock._recursion_count())
            try lock.release()
        }
        #expect(result.lines() == ["True 0 False", "RuntimeError: cannot release un-acquired lock", "1"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func aBlockedThreadDoesNotChangeTheOwnersCount(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = RLock()
            lock.acquire()
            lock.acquire()
            let t = Thread(
                target: def("blocked") {
                    lock.acquire()
                    print("child", lock._recursion_count())
                    try lock.release()
                })
            try t.start()
            time.sleep(0.05)
            print("main", lock._recursion_count())
            try lock.release()
            try lock.release()
            try t.join()
        }
        #expect(result.lines() == ["main 2", "child 1"])
    }
}
