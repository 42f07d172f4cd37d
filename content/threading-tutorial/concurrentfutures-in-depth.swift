import Threading

// `### concurrent.futures in depth`: wait() with FIRST_COMPLETED and FIRST_EXCEPTION, exception(), cancel() of a
// queued call, result(timeout:) raising TimeoutError, shutdown(cancel_futures:), initializer and thread_name_prefix.

struct ConnectionError: PythonException {
    let message: String
    var typeName: String { "ConnectionError" }
    init(_ message: String) { self.message = message }
}

var started: [String] = []  // names of the pool's threads, appended by the initializer
let startedLock = threading.Lock()

let setup = {
    startedLock.with { started.append(threading.current_thread().name) }  // runs once in each new worker thread
}

func fetch(_ n: Int) throws -> Int {
    time.sleep(Double(n) * 0.2)  // stands in for a download
    if n == 2 {
        throw ConnectionError("fetch(\(n)) failed")
    }
    return n * 10
}

let pool = try concurrent.futures.ThreadPoolExecutor(max_workers: 2, thread_name_prefix: "fetcher", initializer: setup)
var futures: [Int: Future<Int>] = [:]
for n in 1...6 {
    futures[n] = try pool.submit(fetch, n)  // two run at once, the others wait in the pool
}
let all = (1...6).map { futures[$0]! }

var done = concurrent.futures.wait(all, return_when: .FIRST_COMPLETED).done
print("FIRST_COMPLETED: returned once fetch(1) was done:", done.contains(futures[1]!))

done = concurrent.futures.wait(all, return_when: .FIRST_EXCEPTION).done
print("FIRST_EXCEPTION: returned once fetch(2) had raised", repr(try futures[2]!.exception()!))

print("cancel fetch(6):", futures[6]!.cancel())  // still waiting for a worker: it never runs
do {
    _ = try futures[5]!.result(timeout: 0.1)
} catch is concurrent.futures.TimeoutError {
    print("fetch(5).result(timeout=0.1): TimeoutError; running:", futures[5]!.running())
}

try pool.shutdown(wait: true, cancel_futures: true)  // cancels what has not started, waits for the rest
print("workers:", startedLock.with { started.sorted() })
for n in 1...6 {
    let future = futures[n]!
    if future.cancelled() {
        print("fetch(\(n)): cancelled")
    } else if let error = try future.exception() {
        print("fetch(\(n)): raised", repr(error))
    } else {
        print("fetch(\(n)):", try future.result())
    }
}
