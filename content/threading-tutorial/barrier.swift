import Threading

// `### Barrier`: three runners arrive one after another; the last one runs the action and all pass together.

func all_arrived() {
    logging.info("All parties arrived")
}

let runner = def("runner") { (barrier: Barrier, delay: Double) in
    time.sleep(delay)
    logging.info("At the barrier, %d waiting before me", barrier.n_waiting)
    let index = try barrier.wait()
    logging.info("Passed the barrier with index %d", index)
}

let f = "(%(threadName)-10s) %(message)s"
logging.basicConfig(format: f, level: logging.INFO)

let barrier = try threading.Barrier(3, action: all_arrived)
logging.info("Barrier for %d parties", barrier.parties)
let runners = (0..<3).map { i in
    threading.Thread(name: "runner-\(i)", target: runner, args: barrier, Double(i) * 0.1)
}
for r in runners {
    try r.start()
}
for r in runners {
    try r.join()
}
logging.info("Done, %d waiting, broken: %s", barrier.n_waiting, barrier.broken)
