import Threading

// `#### Queue extras`: a bounded queue makes the producer wait for a slow consumer (backpressure); one task_done()
// too many raises ValueError; a counter between priority and data keeps equal priorities FIFO, data never compared.

let slow_consumer = def("slow_consumer") { (q: Queue<Int?>) in
    while true {
        let item = try q.get()
        defer { try? q.task_done() }
        if item == nil {
            return
        }
        time.sleep(0.1)  // each item takes 0.1 s
    }
}

// Backpressure: a bounded queue makes a fast producer wait for a slow consumer.
let q = queue.Queue<Int?>(maxsize: 2)
let consumer = threading.Thread(target: slow_consumer, args: q)
try consumer.start()
let start = time.monotonic()
for item in 0..<5 {
    try q.put(item)  // blocks while two items are waiting
}
let waited = time.monotonic() - start  // at least 0.2 s: put(4) needed item 2 taken, after items 0 and 1
print("5 items put into a queue of 2; the producer waited for the consumer:", waited >= 0.15)
try q.put(nil)  // the sentinel
try consumer.join()
print("all processed, queue empty:", q.empty())

// task_done() once more than get() raises ValueError.
do {
    try q.task_done()
} catch let error as ValueError {
    print("one task_done() too many: ValueError:", error)
}

// Equal priorities: a counter between the priority and the data keeps them first in, first out,
// and the data (dicts, which cannot be compared) is never compared.
struct Job: Comparable {
    let priority: Int
    let count: Int  // next(counter)
    let job: [String: String]
    static func < (a: Job, b: Job) -> Bool { (a.priority, a.count) < (b.priority, b.count) }
    static func == (a: Job, b: Job) -> Bool { (a.priority, a.count) == (b.priority, b.count) }
}

let jobs = queue.PriorityQueue<Job>()
var counter = 0
for (priority, job) in [(2, ["name": "backup"]), (1, ["name": "outage"]), (2, ["name": "report"])] {
    try jobs.put(Job(priority: priority, count: counter, job: job))
    counter += 1
}
while !jobs.empty() {  // a single consumer: safe here
    let item = try jobs.get()
    print("priority", item.priority, item.job["name"]!)
}
