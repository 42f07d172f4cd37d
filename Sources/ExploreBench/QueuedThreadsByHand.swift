import Threading

/// The tutorial's "Queued threads" cell written by hand on Threading's typed API, statement for statement as its
/// Python (`content/threading-tutorial.md`): the twin the translated cell's exploration is timed against. It lives in
/// the bench only; the tutorial runs the translation.
@Sendable func queuedThreadsByHand() throws {
    let worker = def("worker") { (stream: Queue<Int>) in
        while true {
            let item = try stream.get()
            logging.info(item)
            time.sleep(0.2)
            try stream.task_done()
        }
    }

    let process = { (data: Range<Int>) throws in
        let stream = Queue<Int>()

        // Start parallel workers to work on stream (more workers help only while they wait, see The GIL)
        for _ in 0..<10 {
            let t = Thread(target: worker, args: stream)
            t.daemon = true
            try t.start()
        }

        // Read data (for example a file object)
        for item in data {
            try stream.put(item)
        }

        // Wait until all items in stream processed
        stream.join()
    }

    let f = "[%(levelname)s]:(%(threadName)-10s): %(message)s"
    logging.basicConfig(format: f, level: logging.INFO)

    let data = 0..<100
    try process(data)
}
