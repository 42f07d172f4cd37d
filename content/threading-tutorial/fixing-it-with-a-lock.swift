import Threading

// `#### Fixing it with a lock`: the read and the write happen under one Lock, so no update is lost.

var count = 0
let lock = threading.Lock()

let increment = def("increment") { (times: Int) in
    for _ in 0..<times {
        lock.with {  // one thread at a time from the read to the write
            let value = count
            time.sleep(0)  // other threads may run, but they wait at `with lock:`
            count = value + 1
        }
    }
}

let threads = (0..<4).map { _ in threading.Thread(target: increment, args: 25) }
for t in threads {
    try t.start()
}
for t in threads {
    try t.join()
}
print("expected 100, got", count)
