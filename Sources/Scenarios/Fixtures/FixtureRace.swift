import Threading

extension Scenario {
    /// Two threads print two lines each: the order depends on the schedule, so exploring finds several outputs.
    static let fixturesRace = Scenario("fixtures-explore/race") {
        let worker = def("worker") { (name: String) in
            print(name, "one")
            print(name, "two")
        }
        for name in ["a", "b"] {
            try Thread(target: worker, args: name).start()
        }
    }
}
