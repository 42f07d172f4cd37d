import Threading

/// `#### daemon`: the daemon thread is abandoned when the program ends; the non-daemon thread is waited for.
let daemonScenario = Scenario("threading-tutorial/daemon") {
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

        // Daemon task which will be killed before finishing execution (non-critical)
        let d = threading.Thread(name: "daemon", target: daemon)
        d.daemon = true
        try d.start()

        // Main thread waiting for non-daemon task to finish (critical)
        let t = threading.Thread(name: "non-daemon", target: non_daemon)
        t.daemon = false
        try t.start()

        logging.info("Exiting")
    }

    // Configure logger
    let log_format = "(%(threadName)-10s) %(message)s"
    logging.basicConfig(level: logging.DEBUG, format: log_format)

    try main()

    // At this point the main program finishes. The daemon will be terminated too.
}
