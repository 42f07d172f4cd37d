import Threading

// `#### Full and Empty`: `put` and `get` give up with queue.Full / queue.Empty when they cannot finish in time.

let slow_consumer = def("slow_consumer") { (q: Queue<String>) in
    time.sleep(0.2)
    print("consumer: got", try q.get())
}

let q = queue.Queue<String>(maxsize: 2)
try q.put("a")
try q.put("b")
print("full:", q.full(), "qsize:", q.qsize())

do {
    try q.put("c", block: false)
} catch is queue.Full {
    print("put(block=False): queue.Full")
}
do {
    try q.put("c", timeout: 0.1)
} catch is queue.Full {
    print("put(timeout=0.1): queue.Full")
}

let t = threading.Thread(target: slow_consumer, args: q)
try t.start()
try q.put("c", timeout: 1)  // the consumer makes room in time
print("put(timeout=1): done")
try t.join()

print("got", try q.get(), "and", try q.get())
do {
    _ = try q.get(timeout: 0.1)
} catch is queue.Empty {
    print("get(timeout=0.1): queue.Empty, empty:", q.empty())
}
