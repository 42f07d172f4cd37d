import Testing
@_spi(Harness) import Threading

/// `Queue.shutdown()` and `queue.ShutDown` in translated code, as CPython 3.13's `Lib/queue.py` defines them (the
/// python3 on PATH may be older than 3.13, so these are checked against that file's semantics, not a live run; the
/// tutorial's `Queue.shutdown()` cell is checked against CPython 3.13.0's recording).
@Suite struct PyQueueShutdownTests {
    /// Runs `body` as a program and returns what it printed.
    func printed(_ body: @escaping @Sendable (PyObject) throws -> Void) -> String {
        runProgram(RunOptions()) { try body(try py_import("queue")) }.text(of: .stdout)
    }

    @Test func aShutDownQueueHandsOutWhatIsLeftThenRaisesAndRefusesPuts() {
        let output = printed { queue in
            let q = try queue.Queue()
            try q.put(1)
            try q.put(2)
            try q.shutdown()
            try py.print("get:", q.get(), q.get())
            for attempt in ["get", "put"] {
                do {
                    if attempt == "get" { _ = try q.get() } else { try q.put(3) }
                } catch {
                    let e = PyError(bridging: error)
                    guard e.matches(try queue.ShutDown) else { throw e }
                    try py.print(PyObject(attempt), "raised queue.ShutDown")
                }
            }
        }
        #expect(output == "get: 1 2\nget raised queue.ShutDown\nput raised queue.ShutDown\n")
    }

    @Test func anImmediateShutdownDropsTheItemsCountingThemDoneSoJoinWaitsOnlyForTheOnesHandedOut() {
        let output = printed { queue in
            let q = try queue.Queue()
            for item in 0..<5 { try q.put(PyObject(item)) }
            let first = try q.get()  // handed out, not yet done
            try q.shutdown(immediate: true)
            try py.print("qsize:", q.qsize(), "first:", first)
            try q.task_done()
            try q.join()  // returns: the dropped items count as done
            try py.print("joined")
        }
        #expect(output == "qsize: 0 first: 0\njoined\n")
    }
}
