import Threading

// `#### LifoQueue and PriorityQueue`: last in first out, and lowest priority number first.

// Python's `(priority, job)` tuple: Swift tuples cannot be `Comparable`, so this pair compares the same way,
// element by element.
private struct Job: Comparable {
    let priority: Int
    let job: String

    init(_ priority: Int, _ job: String) {
        self.priority = priority
        self.job = job
    }

    var tuple: (Int, String) { (priority, job) }

    static func < (lhs: Job, rhs: Job) -> Bool { lhs.tuple < rhs.tuple }
}

let worker = def("worker") { (jobs: PriorityQueue<Job>) in
    while !jobs.empty() {  // check-then-act: safe only with a single consumer, see below
        let (priority, job) = try jobs.get().tuple
        print("worker: priority", priority, job)
    }
}

let stack = queue.LifoQueue<String>()
for plate in ["first", "second", "third"] {
    try stack.put(plate)
}
while !stack.empty() {
    print("LifoQueue:", try stack.get())
}

let jobs = queue.PriorityQueue<Job>()
try jobs.put(Job(3, "tidy up"))
try jobs.put(Job(1, "fix the outage"))
try jobs.put(Job(2, "answer mail"))
let t = threading.Thread(target: worker, args: jobs)
try t.start()
try t.join()
