import Threading

extension Scenario {
    /// The basic fixture: one worker thread prints, the main thread waits for it and prints.
    static let fixturesHello = Scenario("fixtures-basic/hello") {
        let worker = def("worker") {
            print("hello from", current_thread().name)
        }
        let t = Thread(target: worker)
        try t.start()
        try t.join()
        print("done")
    }
}
