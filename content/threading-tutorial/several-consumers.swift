import Threading

// `#### Several consumers`: two workers drain one PriorityQueue with `get_nowait()`, which checks and takes in one
// step, so neither can block on an item the other took.

let worker = def("worker") { (jobs: PriorityQueue<Job>) in
    while true {
        let priority: Int
        let job: String
        do {
            (priority, job) = try jobs.get_nowait().tuple  // check and take in one step
        } catch is queue.Empty {
            return  // nothing left: this worker is done
        }
        print(threading.current_thread().name + ": priority", priority, job)
    }
}

let jobs = queue.PriorityQueue<Job>()
try jobs.put(Job(3, "tidy up"))
try jobs.put(Job(1, "fix the outage"))
try jobs.put(Job(2, "answer mail"))
try jobs.put(Job(4, "plan the week"))
let workers = [1, 2].map { i in threading.Thread(name: "worker-\(i)", target: worker, args: jobs) }
for w in workers {
    try w.start()
}
for w in workers {
    try w.join()
}
print("every job taken once, queue empty:", jobs.empty())

/// Python's `(priority, job)` tuple: Swift tuples cannot be `Comparable`, so this pair compares the same way,
/// element by element.
struct Job: Comparable {
    let priority: Int
    let job: String

    init(_ priority: Int, _ job: String) {
        self.priority = priority
        self.job = job
    }

    var tuple: (Int, String) { (priority, job) }

    static func < (lhs: Job, rhs: Job) -> Bool { lhs.tuple < rhs.tuple }
}
