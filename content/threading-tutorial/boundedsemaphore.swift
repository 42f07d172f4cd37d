import Threading

// `#### BoundedSemaphore`: an extra release grows a plain Semaphore but raises ValueError on a BoundedSemaphore.

let worker = def("worker") { (semaphore: BoundedSemaphore) in
    semaphore.with {
        print("worker: inside, one slot taken")
    }
    do {
        try semaphore.release()  // one release too many
    } catch let error as ValueError {
        print("worker: ValueError:", error)
    }
}

let plain = try threading.Semaphore(1)
try plain.release()  // not caught: the counter is now 2
print("Semaphore: two acquires succeed:", plain.acquire(blocking: false), plain.acquire(blocking: false))

let bounded = try threading.BoundedSemaphore(1)
let t = threading.Thread(target: worker, args: bounded)
try t.start()
try t.join()
print("BoundedSemaphore: still one slot:", bounded.acquire(blocking: false), bounded.acquire(blocking: false))
