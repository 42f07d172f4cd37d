import Threading

extension Scenario {
    /// Acquires a non-reentrant lock twice: the simulated runtime must report a deadlock.
    static let fixturesDeadlock = Scenario("fixtures-deadlock/deadlock") {
        let lock = Lock()
        lock.acquire()
        lock.acquire()
    }

    /// The same, on a cell marked `expect=deadlock`.
    static let fixturesExpectedDeadlock = Scenario("fixtures-deadlock/expected-deadlock") {
        let lock = Lock()
        lock.acquire()
        lock.acquire()
    }
}
