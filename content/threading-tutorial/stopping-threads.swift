import Threading

// `### Stopping threads`: non-daemon workers end when they take the sentinel (one per worker), marking every item
// done in `finally`; the main thread joins them.

let STOP: Int? = nil  // the sentinel: a value that is never real work

let worker = def("worker") { (stream: Queue<Int?>) in
    while true {
        let item = try stream.get()
        defer { try? stream.task_done() }  // counted as done even if processing raised
        if item == STOP {
            logging.info("Got the sentinel, exiting")
            return
        }
        logging.info("Processing %s", item!)
        time.sleep(0.2)
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
