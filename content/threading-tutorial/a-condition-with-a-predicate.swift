import Threading

// `#### A Condition with a predicate`: the consumers wait for shared state (`available > 0`) with `wait_for`, under
// `with condition`; the producer changes it under the lock, then notifies. c2 starts after the notification and
// does not wait at all.

var available = 0  // the shared state: resources ready to be taken, guarded by the condition's lock

let consumer = def("consumer") { (condition: Condition) in
    try condition.with {
        logging.info("Looking for a resource")
        try condition.wait_for { available > 0 }  // checks first, so a notification sent earlier is not lost
        available -= 1
        logging.info("Resource is available to consumer")
    }
}

let producer = def("producer") { (condition: Condition) in
    try condition.with {
        available += 2  // change the state under the lock, then notify
        logging.info("Send notification and release resource")
        try condition.notify_all()
    }
}

let test = def("test") {

    let condition = threading.Condition()
    let c1 = threading.Thread(name: "c1", target: consumer, args: condition)
    let c2 = threading.Thread(name: "c2", target: consumer, args: condition)
    let p = threading.Thread(name: "p", target: producer, args: condition)

    try c1.start()
    time.sleep(2)

    try p.start()  // before c2 now: the order in which the sample above hangs
    time.sleep(2)

    try c2.start()
    for t in [c1, p, c2] {
        try t.join()
    }
}

let f = "[%(levelname)s]:(%(threadName)-10s): %(message)s"
logging.basicConfig(format: f, level: logging.INFO)
try test()
