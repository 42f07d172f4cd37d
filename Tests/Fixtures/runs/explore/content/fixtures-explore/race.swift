import Threading

// Two threads print two lines each: the order depends on the schedule, so exploring finds several outputs.
let worker = def("worker") { (name: String) in
    print(name, "one")
    print(name, "two")
}
for name in ["a", "b"] {
    try Thread(target: worker, args: name).start()
}
