import Threading

// `#### wait_for() and notify()`: `notify(2)` wakes two of three waiting consumers; `wait_for` with a timeout
// returns False when nothing arrives.

var stock: [String] = []

let consumer = def("consumer") { (condition: Condition) in
    try condition.with {
        logging.info("Waiting for stock")
        try condition.wait_for { stock.count > 0 }
        logging.info("Took %s", stock.removeFirst())
    }
}

let test = def("test") {
    let condition = threading.Condition()
    let consumers = [1, 2, 3].map { i in threading.Thread(name: "c\(i)", target: consumer, args: condition) }
    for c in consumers {
        try c.start()
        time.sleep(0.1)
    }

    try condition.with {
        stock.append(contentsOf: ["apple", "pear"])
        logging.info("Two items in stock: notify(2)")
        try condition.notify(2)
    }
    time.sleep(0.1)

    try condition.with {
        let arrived = try condition.wait_for(timeout: 0.1) { stock.count > 0 }
        logging.info("Anything new within 0.1 s? %s", arrived)
        stock.append("plum")
        logging.info("One more item: notify()")
        try condition.notify()
    }

    for c in consumers {
        try c.join()
    }
}

let f = "[%(levelname)s]:(%(threadName)-10s): %(message)s"
logging.basicConfig(format: f, level: logging.INFO)
try test()
