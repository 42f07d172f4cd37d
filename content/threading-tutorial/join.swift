import Threading

// `#### join()`: the main thread waits for `my_func` to finish before its last log line.

let my_func = def("my_func") { (number: Int) in

    logging.info("func : Starting \(number)")
    time.sleep(5)
    logging.info("func : Finishing \(number)")
}

let f = "%(asctime)s: %(message)s"
logging.basicConfig(
    format: f,
    level: logging.INFO,
    datefmt: "%H:%M:%S"
)

logging.info("main : Create thread")
let t = threading.Thread(target: my_func, args: 1)
t.daemon = true

logging.info("main : Starting thread")
try t.start()

logging.info("Waiting for my_func to finish its execution...")
try t.join()

logging.info("main : End")
