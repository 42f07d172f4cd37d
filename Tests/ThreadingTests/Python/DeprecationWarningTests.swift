import Testing
@_spi(Harness) import Threading

/// CPython's deprecated camelCase aliases work and print its DeprecationWarning once per call site, like the
/// default warning filter does for code in `__main__` (texts from python3.11's threading.py).
@Suite struct DeprecationWarningTests {
    /// `file:line: DeprecationWarning: message` and the echoed source line, as this file's calls print them.
    private static func warning(_ line: Int, _ message: String, _ source: String) -> [String] {
        ["ThreadingTests/DeprecationWarningTests.swift:\(line): DeprecationWarning: \(message)", "  " + source]
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func eachAliasWarnsWithCPythonsText(runtime: RuntimeKind) {
        let first = #line + 3
        let result = runProgram(RunOptions(runtime: runtime)) {
            let t = Thread(target: {})
            try t.setDaemon(true)
            print(t.isDaemon())
            print(t.getName())
            t.setName("x")
            print(currentThread().name, activeCount())
            let cond = Condition()
            try cond.with { try cond.notifyAll() }
            print(Event().isSet(), threading.currentThread().name, threading.activeCount())
        }
        #expect(result.lines() == ["True", "Thread-1 (<lambda>)", "MainThread 1", "False MainThread 1"])
        let expected =
            Self.warning(first, "setDaemon() is deprecated, set the daemon attribute instead", "try t.setDaemon(true)")
            + Self.warning(
                first + 1, "isDaemon() is deprecated, get the daemon attribute instead", "print(t.isDaemon())")
            + Self.warning(first + 2, "getName() is deprecated, get the name attribute instead", "print(t.getName())")
            + Self.warning(first + 3, "setName() is deprecated, set the name attribute instead", "t.setName(\"x\")")
            + Self.warning(
                first + 4, "currentThread() is deprecated, use current_thread() instead",
                "print(currentThread().name, activeCount())")
            + Self.warning(
                first + 4, "activeCount() is deprecated, use active_count() instead",
                "print(currentThread().name, activeCount())")
            + Self.warning(
                first + 6, "notifyAll() is deprecated, use notify_all() instead",
                "try cond.with { try cond.notifyAll() }")
            + Self.warning(
                first + 7, "isSet() is deprecated, use is_set() instead",
                "print(Event().isSet(), threading.currentThread().name, threading.activeCount())")
            + Self.warning(
                first + 7, "currentThread() is deprecated, use current_thread() instead",
                "print(Event().isSet(), threading.currentThread().name, threading.activeCount())")
            + Self.warning(
                first + 7, "activeCount() is deprecated, use active_count() instead",
                "print(Event().isSet(), threading.currentThread().name, threading.activeCount())")
        #expect(result.lines(.stderr) == expected)
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func oncePerCallSiteAcrossThreadsButEveryRun(runtime: RuntimeKind) {
        let site = #line + 2
        let program: @Sendable () throws -> Void = {
            let worker = def("worker") { _ = currentThread() }
            for _ in 0..<3 { try worker() }
            let threads = (0..<3).map { _ in Thread(target: worker) }
            for t in threads { try t.start() }
            for t in threads { try t.join() }
            _ = currentThread()
        }
        for _ in 0..<2 {
            let result = runProgram(RunOptions(runtime: runtime), main: program)
            let message = "currentThread() is deprecated, use current_thread() instead"
            #expect(
                result.lines(.stderr)
                    == Self.warning(site, message, "let worker = def(\"worker\") { _ = currentThread() }")
                    + Self.warning(site + 5, message, "_ = currentThread()"))
        }
    }

    @Test func setDaemonOnAStartedThreadWarnsThenRaises() {
        let result = simulate {
            let t = Thread(target: {})
            try t.start()
            do { try t.setDaemon(true) } catch { print(raised(error)) }
            try t.join()
        }
        #expect(result.lines() == ["RuntimeError: cannot set daemon status of active thread"])
        #expect(result.lines(.stderr).count == 2)
    }
}
