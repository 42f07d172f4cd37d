import Threading

// `#### Thread-local state in a pool`: a threading.local value set by one task is still there for the next task on
// the same pool thread; setting it at the start of each task and deleting it at the end keeps tasks apart.

let request = threading.local()  // the user of the request a thread is handling

func handle(_ user: String?) -> String {
    let found = request.user  // what this thread held before the task
    if user != nil {
        request.user = user
    }
    let acting = request.user
    return "handle(\(repr(user as Any))): found \(repr(found as Any)), acts as \(repr(acting as Any))"
}

func handle_safely(_ user: String?) -> String {
    request.user = user  // set at the start of every task, whatever the last task left
    defer { request.user = nil }  // and nothing left behind for the next task on this thread
    return "handle_safely(\(repr(user as Any))): acts as \(repr(request.user as Any))"
}

try concurrent.futures.ThreadPoolExecutor(max_workers: 1).with { pool in  // one thread runs every task
    for user in ["alice", nil] as [String?] {
        print(try pool.submit(handle, user).result())
    }
    for user in ["bob", nil] as [String?] {
        print(try pool.submit(handle_safely, user).result())
    }
}
