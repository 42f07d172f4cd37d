import Threading

// `#### Semaphore as a context manager`: the same pool, with the semaphore taken by `with`, so it is released however the block
// ends; the main thread joins the workers.

logging.basicConfig(
    level: logging.DEBUG,
    format: "%(asctime)s (%(threadName)-2s) %(message)s"
)

final class ActivePool: @unchecked Sendable {
    // Shared list for each worker to register
    var active_workers: [String] = []
    let lock = threading.Lock()

    func makeActive(_ name: String) {
        lock.with {
            active_workers.append(name)
            logging.debug("Running: %s", active_workers)
        }
    }

    func makeInactive(_ name: String) {
        lock.with {
            active_workers.remove(at: active_workers.firstIndex(of: name)!)
            logging.debug("Running: %s", active_workers)
        }
    }
}

let worker = def("worker") { (semaphore: Semaphore, pool: ActivePool) in
    logging.debug("Waiting to join the pool")
    semaphore.with {  // released however the block ends, even if it raises
        let name = threading.current_thread().name
        pool.makeActive(name)
        time.sleep(0.1)
        pool.makeInactive(name)
    }
}

// Maximum 2 workers allowed at a time
let p = ActivePool()
let s = try threading.Semaphore(2)
let workers = (0..<4).map { i in threading.Thread(target: worker, name: str(i), args: s, p) }
for t in workers {
    try t.start()
}
for t in workers {
    try t.join()
}
logging.debug("All done, running: %s", p.active_workers)
