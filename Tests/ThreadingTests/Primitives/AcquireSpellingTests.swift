import Testing
@_spi(Harness) import Threading

/// Every `acquire` spelling (`Acquirable`) on every primitive that has one, with CPython's answers and errors: a
/// lock's rules for `Lock`, `RLock` and `Condition`, a semaphore's for `Semaphore` and `BoundedSemaphore`.
@Suite struct AcquireSpellingTests {
    /// What `spellings(of:)` prints for one primitive, as CPython 3.11 prints it for the same calls (python3 run of
    /// `o.acquire()`, `o.acquire(False)`, `o.acquire(blocking=False)`, `o.acquire(timeout=0.25)`, each released,
    /// then `o.acquire(False, 0.5)` and `o.acquire(blocking=True, timeout=-2)`), except the negative-timeout message
    /// (CPython 3.13's wording; 3.11 says "timeout value must be positive").
    static let lockAnswers = [
        "True True True True",
        "ValueError: can't specify a timeout for a non-blocking call",
        "ValueError: timeout value must be a non-negative number",
    ]
    static let semaphoreAnswers = [
        "True True True True",
        "ValueError: can't specify timeout for non-blocking acquire",
        "True",
    ]

    /// Calls each spelling on `primitive` (free at the start) and prints the answers, one line per row above.
    private static func spellings<P: Acquirable>(
        of primitive: P, release: () throws -> Void, timeout: P.Timeout, negative: P.Timeout
    ) throws {
        var answers: [Bool] = []
        answers.append(primitive.acquire())
        try release()
        answers.append(primitive.acquire(false))
        try release()
        answers.append(primitive.acquire(blocking: false))
        try release()
        answers.append(try primitive.acquire(timeout: timeout))
        try release()
        print(answers.map { $0 ? "True" : "False" }.joined(separator: " "))
        do { print(try primitive.acquire(false, timeout: timeout)) } catch { print(raised(error)) }
        do { print(try primitive.acquire(blocking: true, timeout: negative)) } catch { print(raised(error)) }
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func locksFollowALocksRules(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let lock = Lock(), rlock = RLock(), condition = Condition()
            try Self.spellings(of: lock, release: lock.release, timeout: 0.25, negative: -2)
            try Self.spellings(of: rlock, release: rlock.release, timeout: 0.25, negative: -2)
            try Self.spellings(of: condition, release: condition.release, timeout: 0.25, negative: -2)
        }
        #expect(result.lines() == Self.lockAnswers + Self.lockAnswers + Self.lockAnswers)
    }

    @Test(arguments: [RuntimeKind.simulated, .real])
    func semaphoresFollowASemaphoresRules(runtime: RuntimeKind) {
        let result = runProgram(RunOptions(runtime: runtime)) {
            let semaphore = try Semaphore(1), bounded = try BoundedSemaphore(1)
            try Self.spellings(of: semaphore, release: { try semaphore.release() }, timeout: 0.25, negative: -2)
            try Self.spellings(of: bounded, release: { try bounded.release() }, timeout: 0.25, negative: -2)
        }
        #expect(result.lines() == Self.semaphoreAnswers + Self.semaphoreAnswers)
    }

    /// A lock's -1 waits without limit (the spelling's default); a semaphore's nil does.
    @Test func foreverIsMinusOneForALockAndNilForASemaphore() {
        let result = runProgram(RunOptions()) {
            let lock = Lock(), semaphore = try Semaphore(1)
            print(try lock.acquire(timeout: -1), try semaphore.acquire(timeout: nil))
        }
        #expect(result.lines() == ["True True"])
    }
}
