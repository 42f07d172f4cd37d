import Threading

// `### Queue`: a bounded queue makes the producer wait for the worker; `join()` waits for every `task_done()`.

let worker = def("worker") { (q: Queue<Int>) in
    while true {
        let item = try q.get()
        logging.info("Processing %s", item)
        time.sleep(0.1)
        try q.task_done()
    }
}

let f = "(%(threadName)-10s) %(message)s"
logging.basicConfig(format: f, level: logging.INFO)

let q = queue.Queue<Int>(maxsize: 2)
try threading.Thread(name: "worker", target: worker, args: q, daemon: true).start()

for item in 0..<5 {
    try q.put(item)  // blocks while two items are already waiting
    logging.info("Put %s", item)
}

q.join()  // until task_done() was called for every item
logging.info("All items processed")
