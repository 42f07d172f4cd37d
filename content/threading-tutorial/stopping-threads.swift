import Threading

// `### Stopping threads`: non-daemon workers catch and log each item's error and go on, mark every item done in
// `finally`, and end when they take the sentinel (one per worker); the main thread joins them.

let STOP: Int? = nil  // the sentinel: a value that is never real work

let process = { (item: Int) throws in
    time.sleep(0.2)
    if item == 3 {
        throw ValueError("cannot process \(item)")
    }
}

let worker = def("worker") { (stream: Queue<Int?>) in
    while true {
        let item = try stream.get()
        defer { try? stream.task_done() }  // counted as done whether processing succeeded or not
        if item == STOP {
            logging.info("Got the sentinel, exiting")
            return
        }
        do {
            logging.info("Processing %s", item!)
            try process(item!)
        } catch {  // one bad item must not end the worker
            logging.error("Item %s failed: %r", item!, error)
        }
    }
}

let f = "[%(levelname)s]:(%(threadName)-10s): %(message)s"
logging.basicConfig(format: f, level: logging.INFO)

let stream = queue.Queue<Int?>()
let workers = (0..<3).map { _ in threading.Thread(target: worker, args: stream) }  // not daemons
for t in workers {
    try t.start()
}
for item in 0..<6 {
    try stream.put(item)
}
for _ in workers {
    try stream.put(STOP)  // one sentinel per worker, after the real items
}
for t in workers {
    try t.join()
}
logging.info("All workers ended, threads alive: %d", threading.active_count())
