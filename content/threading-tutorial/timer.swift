import Threading

// `### Timer`: `reset` runs once, one second after the timer starts, while the main thread keeps logging.

let reset = def("reset") {
    logging.info("Reset")
}

let test = def("test") {
    logging.info("Test start")
    let t = threading.Timer(interval: 1, function: reset)
    try t.start()

    for _ in 0..<10 {
        logging.info(".")
        time.sleep(1)
    }
}

let f = "[%(levelname)s]:(%(threadName)-10s): %(message)s"
logging.basicConfig(format: f, level: logging.INFO)

try test()
