import Testing
@_spi(Harness) import Threading

/// Futures in every state, built through the public API (CPython's test util's `create_future`).
enum MadeFutures {
    static func pending() -> Future<Int> { Future<Int>() }
    static func running() throws -> Future<Int> {
        let f = Future<Int>()
        _ = try f.set_running_or_notify_cancel()
        return f
    }
    static func cancelled() -> Future<Int> {
        let f = Future<Int>()
        f.cancel()
        return f
    }
    static func cancelledAndNotified() throws -> Future<Int> {
        let f = cancelled()
        _ = try f.set_running_or_notify_cancel()
        return f
    }
    static func failed() throws -> Future<Int> {
        let f = Future<Int>()
        try f.set_exception(RuntimeError("OSError"))
        return f
    }
    static func successful() throws -> Future<Int> {
        let f = Future<Int>()
        try f.set_result(42)
        return f
    }
}

/// CPython's test_concurrent_futures FutureTests, ported; each runs on both runtimes.
@Suite struct FutureTests {
    @Test(arguments: [RuntimeKind.simulated, .real])
    func doneCallbacksSeeResultExceptionAndCancel(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let f = Future<Int>()
            f.add_done_callback { print("result:", try $0.result()) }
            try f.set_result(5)
            let g = Future<Int>()
            g.add_done_callback { print("exception:", repr(try $0.exception() as Any)) }
            try g.set_exception(ValueError("test"))
            let h = Future<Int>()
            h.add_done_callback { print("cancelled:", $0.cancelled()) }
            print(h.cancel())
            // Already done: called at once, in order of adding.
            let done = try MadeFutures.successful()
            done.add_done_callback { print("already:", try $0.result()) }
            let cancelled = MadeFutures.cancelled()
            cancelled.add_done_callback { print("already cancelled:", $0.cancelled()) }
        }
        #expect(
            result.lines() == [
                "result: 5", "exception: ValueError('test')", "cancelled: True", "True", "already: 42",
                "already cancelled: True",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func aFailingCallbackIsLoggedAndTheOthersStillRun(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let f = Future<Int>()
            f.add_done_callback { _ in throw Exception("doh!") }
            f.add_done_callback { _ in print("second ran") }
            try f.set_result(5)
        }
        #expect(result.lines() == ["second ran"])
        let stderr = result.lines(.stderr)
        #expect(stderr.count == 3)
        #expect(stderr.first?.hasPrefix("exception calling callback for <Future at 0x") == true)
        #expect(stderr.first?.hasSuffix(" state=finished returned int>") == true)
        #expect(stderr.dropFirst().first == "Traceback (most recent call last):")
        #expect(stderr.last == "Exception: doh!")
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func reprShowsTheState(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            for f in [
                MadeFutures.pending(), try MadeFutures.running(), MadeFutures.cancelled(),
                try MadeFutures.cancelledAndNotified(), try MadeFutures.failed(), try MadeFutures.successful(),
            ] {
                print(String(describing: f).replacing(#/0x[0-9a-f]+/#, with: "ADDR"))
            }
            let none = Future<Void>()
            try none.set_result(())
            print(String(describing: none).replacing(#/0x[0-9a-f]+/#, with: "ADDR"))
        }
        #expect(
            result.lines() == [
                "<Future at ADDR state=pending>", "<Future at ADDR state=running>",
                "<Future at ADDR state=cancelled>", "<Future at ADDR state=cancelled>",
                "<Future at ADDR state=finished raised RuntimeError>",
                "<Future at ADDR state=finished returned int>",
                "<Future at ADDR state=finished returned NoneType>",
            ])
    }

    @Test func simulatedAddressesAreTheSameOnEveryRun() {
        let program: @Sendable () throws -> Void = { print(Future<Int>(), Future<Int>()) }
        let first = simulate(RunOptions(), program).lines()
        #expect(first == simulate(RunOptions(), program).lines())
        #expect(first == ["<Future at 0x7f0000001000 state=pending> <Future at 0x7f0000001040 state=pending>"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func cancelCancelledDoneRunning(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let states = [
                MadeFutures.pending(), try MadeFutures.running(), MadeFutures.cancelled(),
                try MadeFutures.cancelledAndNotified(), try MadeFutures.failed(), try MadeFutures.successful(),
            ]
            print(states.map { $0.cancelled() })
            print(states.map { $0.done() })
            print(states.map { $0.running() })
            print(states.map { $0.cancel() })
        }
        #expect(
            result.lines() == [
                "[False, False, True, True, False, False]",
                "[False, False, True, True, True, True]",
                "[False, True, False, False, False, False]",
                "[True, False, True, True, False, False]",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func resultAndExceptionTimeOutWaitOrRaise(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            for timeout in [0, 0.01] {
                do { _ = try MadeFutures.pending().result(timeout: timeout) } catch { print("result:", raised(error)) }
                do { _ = try MadeFutures.running().exception(timeout: timeout) } catch {
                    print("exception:", raised(error))
                }
            }
            print(repr(try MadeFutures.failed().exception(timeout: 0) as Any))
            print(
                repr(try MadeFutures.successful().exception(timeout: 0) as Any), try MadeFutures.successful().result())
            do { _ = try MadeFutures.failed().result(timeout: 0) } catch { print("rethrown:", raised(error)) }
            do { _ = try MadeFutures.cancelled().result(timeout: 0) } catch { print(raised(error)) }
            do { _ = try MadeFutures.cancelledAndNotified().exception(timeout: 0) } catch { print(raised(error)) }
            // Set from another thread while result() waits.
            let f = Future<Int>()
            let g = Future<Int>()
            let h = Future<Int>()
            let setter = Thread(target: {
                time.sleep(0.05)
                try f.set_result(42)
                try g.set_exception(ValueError("later"))
                h.cancel()
            })
            try setter.start()
            print(try f.result(timeout: 5))
            print(repr(try g.exception(timeout: 5) as Any))
            do { _ = try h.result(timeout: 5) } catch { print("after waiting:", raised(error)) }
            try setter.join()
        }
        #expect(
            result.lines() == [
                "result: TimeoutError", "exception: TimeoutError", "result: TimeoutError", "exception: TimeoutError",
                "RuntimeError('OSError')", "None 42", "rethrown: RuntimeError: OSError",
                "concurrent.futures._base.CancelledError", "concurrent.futures._base.CancelledError", "42",
                "ValueError('later')", "after waiting: concurrent.futures._base.CancelledError",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func settingTwiceIsAnInvalidStateError(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let f = Future<Int>()
            try f.set_result(1)
            do { try f.set_result(2) } catch { print(raised(error).replacing(#/0x[0-9a-f]+/#, with: "ADDR")) }
            do { try f.set_exception(ValueError()) } catch { print(type(of: error)) }
            print(try f.result())
            let g = Future<Int>()
            try g.set_exception(ValueError("first"))
            do { try g.set_exception(ValueError("second")) } catch { print(type(of: error)) }
            print(repr(try g.exception() as Any))
        }
        #expect(
            result.lines() == [
                "concurrent.futures._base.InvalidStateError: FINISHED: <Future at ADDR state=finished returned int>",
                "InvalidStateError", "1", "InvalidStateError", "ValueError('first')",
            ])
    }
}
