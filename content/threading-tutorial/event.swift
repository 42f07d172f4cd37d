import Threading

// `### Event`: the worker waits for the event, then works while it stays set.

let worker = def("worker") { (start: Event) in
    if start.wait(timeout: nil) {
        logging.info("Start")
        while start.is_set() {
            logging.info("Working...")
            time.sleep(1)
        }
        logging.info("End")
    }
}

let test = def("test") {
    let start = threading.Event()
    let t = threading.Thread(target: worker, args: start)
    try t.start()

    for _ in 0..<3 {
        logging.info(".")
        time.sleep(1)
    }

    start.set()
    time.sleep(3)
    start.clear()
}

let f = "[%(levelname)s]:(%(threadName)-10s): %(message)s"
logging.basicConfig(format: f, level: logging.INFO)
try test()
