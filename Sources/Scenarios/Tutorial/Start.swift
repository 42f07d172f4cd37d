import Threading

/// `#### start()`: the new thread prints the id it was given.
let startScenario = Scenario("threading-tutorial/start") {
    let my_func = def("my_func") { (id: Int) in

        print("func : Starting \(id)")
        time.sleep(5)
        print("func : Finishing \(id)")
    }

    let t = threading.Thread(target: my_func, args: 1)
    try t.start()
}
