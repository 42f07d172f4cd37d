import Testing
@_spi(Harness) import Threading

/// CPython's test_threading ThreadTests / ThreadingExceptionTests / ExceptHookTests / TimerTests, ported.
@Suite struct ThreadBehaviourTests {
    @Test(arguments: [RuntimeKind.simulated, .real])
    func namesFollowCPython311(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let worker = def("worker") {}
            print(Thread(name: "myname").name)
            print(Thread(name: String(123)).name)
            print(Thread().name)
            print(Thread(target: worker).name)
            print(Thread(target: {}).name)
            print(Timer(interval: 1, function: {}).name)
            print(Thread(name: "named", target: worker).name)
            print(Thread(name: "", target: worker).name)
            print(main_thread().name, current_thread().name)
        }
        #expect(
            result.lines() == [
                "myname", "123", "Thread-1", "Thread-2 (worker)", "Thread-3 (<lambda>)", "Thread-4", "named",
                "Thread-5 (worker)",
                "MainThread MainThread",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func identsAndNativeIdsAppearOnStartAndDiffer(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let t = Thread(target: def("f") {})
            print(t.ident == nil, t.native_id == nil)
            try t.start()
            try t.join()
            print(t.ident != nil, t.native_id != nil, t.native_id != main_thread().native_id)
            print(main_thread().ident == get_ident())
        }
        #expect(result.lines() == ["True True", "True True True", "True"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func joinWithTimeoutReturnsWhileStillAliveAndManyMayJoin(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let event = Event()
            let t = Thread(target: def("blocked") { event.wait() })
            try t.start()
            try t.join(timeout: 0.01)
            print(t.is_alive())
            let joiners = (0..<3).map { _ in Thread(target: def("joiner") { try t.join() }) }
            for j in joiners { try j.start() }
            event.set()
            for j in joiners { try j.join() }
            try t.join()
            print(t.is_alive(), enumerate().contains { $0 === t }, active_count())
        }
        #expect(result.lines() == ["True", "False False 1"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func daemonAndLifecycleErrors(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            print(Thread().daemon, Thread(daemon: true).daemon)
            let t = Thread(target: def("f") {})
            do { try t.join() } catch { print(raised(error)) }
            try t.start()
            do { try t.setDaemon(true) } catch { print(raised(error)) }
            do { try t.start() } catch { print(raised(error)) }
            try t.join()
            do { try current_thread().join() } catch { print(raised(error)) }
        }
        #expect(
            result.lines() == [
                "False True", "RuntimeError: cannot join thread before it is started",
                "RuntimeError: cannot set daemon status of active thread",
                "RuntimeError: threads can only be started once",
                "RuntimeError: cannot join current thread",
            ])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func traceAndProfileFunctionsAreKept(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            print(gettrace() == nil, getprofile() == nil)
            settrace { event, thread in print("trace", event, thread.name) }
            setprofile { _, _ in }
            gettrace()?("x", current_thread())
            print(getprofile() != nil)
        }
        #expect(result.lines() == ["True True", "trace x MainThread", "True"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func uncaughtErrorGoesToExcepthookAndTheRunContinues(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let t = Thread(target: def("boom") { throw ValueError("run failed") })
            try t.start()
            try t.join()
            let exit = Thread(target: def("quiet") { throw SystemExit() })
            try exit.start()
            try exit.join()
            print("main goes on")
        }
        #expect(result.outcome == .completed)
        #expect(
            result.text(of: .stderr)
                == "Exception in thread Thread-1 (boom):\nTraceback (most recent call last):\nValueError: run failed\n")
        #expect(result.lines() == ["main goes on"])
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func customExcepthookGetsTheArgumentsAndItsOwnFailureIsReported(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            excepthook = { args in
                print(args.exc_type, args.exc_value, args.exc_traceback == nil, args.thread?.name ?? "")
            }
            let t = Thread(name: "custom", target: def("f") { throw ValueError("bug") })
            try t.start()
            try t.join()
            excepthook = { _ in throw ValueError("hook failed") }
            let u = Thread(target: def("g") { throw RuntimeError("x") })
            try u.start()
            try u.join()
        }
        #expect(result.lines() == ["ValueError bug False custom"])  // an escaped error has a traceback
        #expect(
            result.text(of: .stderr)
                == "Exception in threading.excepthook:\nTraceback (most recent call last):\nValueError: hook failed\n")
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func timerRunsItsFunctionUnlessCancelled(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let fired = Timer(
                interval: 0.01, function: def("hello") { (who: String) in print("hello", who) }, args: "x")
            try fired.start()
            try fired.join()
            let cancelled = Timer(interval: 0.05, function: { print("never") })
            try cancelled.start()
            cancelled.cancel()
            try cancelled.join()
            print("done")
        }
        #expect(result.lines() == ["hello x", "done"])
    }

    @Test func mainThreadErrorEndsTheRunAfterNonDaemonThreads() {
        let result = simulate {
            try Thread(
                target: def("late") {
                    time.sleep(1)
                    print("late")
                }
            ).start()
            throw ValueError("main failed")
        }
        #expect(result.outcome == .uncaughtError("ValueError: main failed"))
        #expect(result.lines() == ["late"])
        #expect(result.text(of: .stderr).hasSuffix("ValueError: main failed\n"))
    }

    @Test func reprMatchesCPython() {
        let result = simulate {
            let t = Thread(target: def("f") {})
            print(t)
            try t.start()
            try t.join()
            print(t, main_thread())
        }
        #expect(
            result.lines() == [
                "<Thread(Thread-1 (f), initial)>",
                "<Thread(Thread-1 (f), stopped 2)> <_MainThread(MainThread, started 1)>",
            ])
    }
}
