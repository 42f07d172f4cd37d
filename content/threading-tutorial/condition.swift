import Threading

// `### Condition`: two consumers wait on the condition until the producer notifies them all.

let consumer = def("consumer") { (condition: Condition) in
    condition.acquire()
    logging.info("Waiting for notification")
    try condition.wait()
    logging.info("Resource is available to consumer")
    try condition.release()
}

let producer = def("producer") { (condition: Condition) in
    condition.acquire()
    logging.info("Send notification and release resource")
    try condition.notify_all()
    try condition.release()
}

let test = def("test") {

    let condition = threading.Condition()
    let c1 = threading.Thread(name: "c1", target: consumer, args: condition)
    let c2 = threading.Thread(name: "c2", target: consumer, args: condition)
    let p = threading.Thread(name: "p", target: producer, args: condition)

    try c1.start()
    time.sleep(2)

    try c2.start()
    time.sleep(2)

    try p.start()
}

let f = "[%(levelname)s]:(%(threadName)-10s): %(message)s"
logging.basicConfig(format: f, level: logging.INFO)
try test()
