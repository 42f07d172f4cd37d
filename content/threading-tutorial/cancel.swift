import Threading

// `#### cancel()`: the first timer fires; the second is cancelled before its interval ends and never calls `alarm`.

let alarm = def("alarm") { (message: String) in
    logging.info(message)
}

let f = "[%(levelname)s]:(%(threadName)-10s): %(message)s"
logging.basicConfig(format: f, level: logging.INFO)

let fired = threading.Timer(interval: 0.2, function: alarm, args: "Timer fired")
let cancelled = threading.Timer(interval: 0.5, function: alarm, args: "Never printed")
try fired.start()
try cancelled.start()

time.sleep(0.3)
logging.info("Cancelling the second timer")
cancelled.cancel()
try cancelled.join()
logging.info("Second timer alive: %s", cancelled.is_alive())
