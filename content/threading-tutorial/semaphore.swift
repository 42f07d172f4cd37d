import Threading

// `### Semaphore`: four workers, at most two inside the pool at a time.

private final class ActivePool: @unchecked Sendable {
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

logging.basicConfig(
    level: logging.DEBUG,
    format: "%(asctime)s (%(threadName)-2s) %(message)s"
)

let worker = def("worker") { (semaphore: Semaphore, pool: ActivePool) in
    logging.debug("Waiting to join the pool")
    semaphore.acquire()
    let name = threading.current_thread().name
    pool.makeActive(name)
    time.sleep(0.1)
    pool.makeInactive(name)
    try semaphore.release()
}

// Maximum 2 workers allowed at a time
let p = ActivePool()
let s = try threading.Semaphore(2)
for i in 0..<4 {
    let t = threading.Thread(target: worker, name: str(i), args: s, p)
    try t.start()
}
