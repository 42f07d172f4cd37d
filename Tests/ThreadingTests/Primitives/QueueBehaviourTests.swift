import Testing
@_spi(Harness) import Threading

/// CPython's test_queue BaseQueueTestMixin / FailingQueueTest, ported.
@Suite struct QueueBehaviourTests {
    @Test(arguments: [RuntimeKind.simulated, .real])
    func orderingPerQueueKind(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            for q in [Queue<Int>(), LifoQueue<Int>(), PriorityQueue<Int>()] {
                print(q.empty(), q.qsize())
                for item in [111, 333, 222] { try q.put(item) }
                print(q.empty(), q.qsize(), q.full())
                print([try q.get(), try q.get(), try q.get()])
            }
        }
        #expect(
            result.lines() == [
                "True 0", "False 3 False", "[111, 333, 222]", "True 0", "False 3 False", "[222, 333, 111]", "True 0",
                "False 3 False", "[111, 222, 333]",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func nonBlockingAndTimedCallsRaiseEmptyAndFull(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let q = Queue<Int>(maxsize: 1)
            try q.put(1)
            print(q.full())
            for attempt in [{ try q.put(2, block: false) }, { try q.put(2, timeout: 0.01) }, { try q.put_nowait(2) }] {
                do { try attempt() } catch { print(pythonType(error)) }
            }
            _ = try q.get()
            for attempt in [
                { _ = try q.get(block: false) }, { _ = try q.get(timeout: 0.01) }, { _ = try q.get_nowait() },
            ] {
                do { try attempt() } catch { print(pythonType(error)) }
            }
            do { _ = try q.get(timeout: -1) } catch { print(raised(error)) }
            do { try q.put(1, timeout: -1) } catch { print(raised(error)) }
        }
        #expect(
            result.lines() == [
                "True", "queue.Full", "queue.Full", "queue.Full", "_queue.Empty", "_queue.Empty", "_queue.Empty",
                "ValueError: 'timeout' must be a non-negative number",
                "ValueError: 'timeout' must be a non-negative number",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func blockingPutAndGetWaitForATrigger(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let q = Queue<Int>(maxsize: 1)
            try q.put(1)
            let got = Shared(0)
            let getter = Thread(
                target: def("getter") {
                    time.sleep(0.05)
                    got.value = try q.get()
                })
            var start = time.monotonic()
            try getter.start()
            try q.put(2, timeout: 10)
            print("put returned", time.monotonic() - start >= 0.05)
            try getter.join()
            print("got", got.value)
            let empty = Queue<Int>()
            let putter = Thread(
                target: def("putter") {
                    time.sleep(0.05)
                    try empty.put(7)
                })
            start = time.monotonic()
            try putter.start()
            print("get returned", try empty.get(), time.monotonic() - start >= 0.05)
            try putter.join()
        }
        #expect(result.lines() == ["put returned True", "got 1", "get returned 7 True"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func taskDoneAndJoin(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let q = Queue<Int>()
            do { try q.task_done() } catch { print(raised(error)) }
            let total = Shared(0)
            let guardLock = Lock()
            let worker = def("worker") {
                while true {
                    let x = try q.get()
                    if x < 0 {
                        try q.task_done()
                        return
                    }
                    guardLock.with { total.value += x }
                    try q.task_done()
                }
            }
            let threads = (0..<2).map { _ in Thread(target: worker) }
            for t in threads { try t.start() }
            for i in 0..<100 { try q.put(i) }
            q.join()
            q.join()
            for _ in threads { try q.put(-1) }
            for t in threads { try t.join() }
            print(total.value)
        }
        #expect(result.lines() == ["ValueError: task_done() called too many times", "4950"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func shrinkingMaxsizeMakesPutNowaitRaiseFull(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let q = Queue<Int>(maxsize: 3)
            try q.put_nowait(1)
            try q.put_nowait(2)
            q.maxsize = 2
            do { try q.put_nowait(3) } catch { print(pythonType(error)) }
        }
        #expect(result.lines() == ["queue.Full"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func failingPutOrGetLeavesTheQueueConsistent(runtime: RuntimeKind) {
        final class FailingQueue: Queue<Int>, @unchecked Sendable {
            var failNext = false
            override func _put(_ item: Int) throws {
                if failNext {
                    failNext = false
                    throw Exception("You Lose")
                }
                try super._put(item)
            }
            override func _get() throws -> Int {
                if failNext {
                    failNext = false
                    throw Exception("You Lose")
                }
                return try super._get()
            }
        }
        let result = runProgram(RunOptions(runtime: runtime)) {
            let q = FailingQueue()
            try q.put(1)
            q.failNext = true
            do { try q.put(2) } catch { print(raised(error)) }
            print(q.qsize())
            q.failNext = true
            do { _ = try q.get() } catch { print(raised(error)) }
            print(q.qsize(), try q.get(), q.qsize())
        }
        #expect(result.lines() == ["Exception: You Lose", "1", "Exception: You Lose", "1 1 0"])
    }

    /// test_shutdown_*: put raises ShutDown, get drains then raises, immediate discards, pending get wakes.
    @Test(arguments: [RuntimeKind.simulated, .real])
    func shutdownStopsPutsDrainsGetsAndWakesWaiters(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let q = Queue<Int>()
            try q.put(1)
            try q.put(2)
            q.shutdown()
            do { try q.put(3) } catch { print(pythonType(error)) }
            print(try q.get(), try q.get())
            do { _ = try q.get() } catch { print(pythonType(error)) }
            let immediate = Queue<Int>()
            try immediate.put(1)
            immediate.shutdown(immediate: true)
            immediate.join()
            do { _ = try immediate.get() } catch { print(pythonType(error), immediate.qsize()) }
            let pending = Queue<Int>()
            let getter = Thread(
                target: def("getter") {
                    do { _ = try pending.get() } catch { print("getter", pythonType(error)) }
                })
            try getter.start()
            time.sleep(0.05)
            pending.shutdown()
            try getter.join()
        }
        #expect(
            result.lines() == [
                "queue.ShutDown", "1 2", "queue.ShutDown", "queue.ShutDown 0", "getter queue.ShutDown",
            ])
    }
}
