import Threading

// `#### A stop Event`: the worker works until the stop Event is set; `stop.wait(1)` wakes at once when it is.

let worker = def("worker") { (stop: Event) in
    logging.info("Start")
    while !stop.wait(1) {  // waits up to 1 s: False on timeout, True as soon as stop is set
        logging.info("Working...")
    }
    logging.info("End")
}

let test = def("test") {
    let stop = threading.Event()
    let t = threading.Thread(target: worker, args: stop)
    try t.start()

    time.sleep(3.5)
    stop.set()  // the worker wakes at once, not at its next second
    try t.join()
    logging.info("Worker stopped")
}

let f = "[%(levelname)s]:(%(threadName)-10s): %(message)s"
logging.basicConfig(format: f, level: logging.INFO)
try test()
