import Testing

/// A port that writes a camelCase spelling Python never had must fail to compile with a message naming Python's
/// spelling. Each snippet is type-checked by `swiftc` (`SwiftTypecheck`).
@Suite struct UnavailableSpellingTests {
    /// Each camelCase spelling and the Python spelling its error must name.
    static let renamed: [(code: String, old: String, new: String)] = [
        ("_ = mainThread()", "mainThread()", "main_thread()"),
        ("_ = threading.getIdent()", "getIdent()", "get_ident()"),
        ("_ = getNativeId()", "getNativeId()", "get_native_id()"),
        ("setTrace(nil)", "setTrace", "settrace(_:)"),
        ("setProfile(nil)", "setProfile", "setprofile(_:)"),
        ("_ = Thread().isAlive", "isAlive", "is_alive()"),
        ("_ = Thread().nativeId", "nativeId", "native_id"),
        ("_ = try Condition().waitFor { true }", "waitFor(timeout:_:)", "wait_for(timeout:_:)"),
        ("_ = try Barrier(2).nWaiting", "nWaiting", "n_waiting"),
        ("_ = RLock().recursionCount()", "recursionCount()", "_recursion_count()"),
        ("try Queue<Int>().taskDone()", "taskDone()", "task_done()"),
        ("try Queue<Int>().putNowait(1)", "putNowait", "put_nowait(_:)"),
        ("_ = try Queue<Int>().getNowait()", "getNowait()", "get_nowait()"),
        ("_ = time.perfCounter()", "perfCounter()", "perf_counter()"),
        ("_ = time.timeNs()", "timeNs()", "time_ns()"),
    ]

    @Test func pythonSpellingsTypecheck() throws {
        let result = try SwiftTypecheck.run(
            """
            import Threading
            let q = Queue<Int>()
            try q.put_nowait(1)
            _ = try q.get_nowait()
            try q.task_done()
            _ = main_thread().is_alive()
            _ = current_thread().native_id
            _ = threading.get_ident() + get_native_id()
            _ = try Condition().wait_for { true }
            _ = time.perf_counter()
            """)
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func camelCaseSpellingsFailNamingThePythonOne() throws {
        let body = Self.renamed.map(\.code).joined(separator: "\n")
        let result = try SwiftTypecheck.run("import Threading\n" + body + "\n")
        #expect(result.status != 0)
        for (offset, spelling) in Self.renamed.enumerated() {
            let line = offset + 2
            let message = "port.swift:\(line):"
            let found = result.output.split(separator: "\n").contains {
                $0.contains(message) && $0.contains("error: '\(spelling.old)' has been renamed to '\(spelling.new)'")
            }
            #expect(
                found, "line \(line) `\(spelling.code)`: no \"renamed to '\(spelling.new)'\" error in\n\(result.output)"
            )
        }
    }
}
