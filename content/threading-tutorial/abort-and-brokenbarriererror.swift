import Threading

// `#### abort() and BrokenBarrierError`: aborting wakes the waiting parties with BrokenBarrierError; `reset()`
// repairs the barrier; a lone `wait(timeout:)` breaks it again.

let worker = def("worker") { (barrier: Barrier) in
    do {
        try barrier.wait()
    } catch is threading.BrokenBarrierError {
        logging.info("BrokenBarrierError: giving up")
    }
}

let f = "(%(threadName)-10s) %(message)s"
logging.basicConfig(format: f, level: logging.INFO)

let barrier = try threading.Barrier(3)
let workers = [1, 2].map { i in threading.Thread(name: "worker-\(i)", target: worker, args: barrier) }
for w in workers {
    try w.start()
}
time.sleep(0.1)
logging.info("%d waiting, the third party never comes: abort()", barrier.n_waiting)
barrier.abort()
for w in workers {
    try w.join()
}
logging.info("broken: %s", barrier.broken)

barrier.reset()
logging.info("after reset(), broken: %s", barrier.broken)
do {
    try barrier.wait(timeout: 0.1)
} catch is threading.BrokenBarrierError {
    logging.info("wait(timeout=0.1) alone: BrokenBarrierError")
}
