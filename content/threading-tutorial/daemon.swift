import Threading

// `#### daemon`: the daemon thread is abandoned when the program ends; the non-daemon thread is waited for.

let daemon = def("daemon") {
    logging.info("Starting")
    for _ in 0..<10 {
        logging.info(".")
        time.sleep(1)
    }
    logging.info("Exiting")
}

let non_daemon = def("non_daemon") {
    logging.info("Starting")
    time.sleep(2)
    logging.info("Exiting")
}

func main() throws {

    logging.info("Starting")

    // Daemon task: stopped abruptly when the program exits, before it finishes (non-critical)
    let d = threading.Thread(name: "daemon", target: daemon)
    d.daemon = true
    try d.start()

    // Non-daemon task: the interpreter waits for it before exiting (critical)
    let t = threading.Thread(name: "non-daemon", target: non_daemon)
    t.daemon = false
    try t.start()

    logging.info("Exiting")
}

// Configure logger
let log_format = "(%(threadName)-10s) %(message)s"
logging.basicConfig(level: logging.DEBUG, format: log_format)

try main()

// main() has returned: the interpreter waits for the non-daemon thread (2 s), then exits and stops the daemon
// abruptly: its loop never ends and 'Exiting' is never logged.
