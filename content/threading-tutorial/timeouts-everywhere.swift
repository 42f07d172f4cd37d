import Threading

// `#### Timeouts everywhere`: each blocking call given a timeout, and how each one reports that time ran out.

let slow = def("slow") {
    time.sleep(0.5)
}

let try_lock = def("try_lock") { (lock: Lock) in
    let got = try lock.acquire(timeout: 0.1)
    print("acquire(timeout=0.1):", got)
    if got {
        try lock.release()
    }
}

let t = threading.Thread(name: "slow", target: slow)
try t.start()
try t.join(timeout: 0.1)  // returns None whether or not the thread ended: ask is_alive()
print("after join(timeout=0.1): alive =", t.is_alive())
try t.join()
print("after join(): alive =", t.is_alive())

let lock = threading.Lock()
try lock.with {  // held by the main thread while the other one tries
    let waiter = threading.Thread(target: try_lock, args: lock)
    try waiter.start()
    try waiter.join()
}

let event = threading.Event()
print("Event.wait(0.1):", event.wait(0.1))

let condition = threading.Condition()
try condition.with {
    print("Condition.wait(0.1):", try condition.wait(timeout: 0.1))
    print("Condition.wait_for(..., 0.1):", try condition.wait_for(timeout: 0.1) { event.is_set() })
}

let q = queue.Queue<Int>()
do {
    _ = try q.get(timeout: 0.1)
} catch is queue.Empty {
    print("Queue.get(timeout=0.1): queue.Empty")
}
