import Threading

// `### The GIL and ThreadPoolExecutor`: `map` runs eight half-second waits on four workers in one second, results
// in input order; `as_completed` yields futures as they finish, and `result()` rethrows the call's error.

func download(_ n: Int) -> Int {
    time.sleep(0.5)  // stands in for I/O: a thread that waits lets the others run
    return n * 10
}

func check(_ n: Int) throws -> Int {
    time.sleep(Double(n) * 0.1)
    if n == 3 {
        throw ValueError("bad item \(n)")
    }
    return n
}

try concurrent.futures.ThreadPoolExecutor(max_workers: 4).with { pool in
    let start = time.monotonic()
    let results = try pool.map(download, 0..<8).list()  // the results in input order
    print("map:", results, "in", ((time.monotonic() - start) * 10).rounded() / 10, "s")

    let futures = try Dictionary(uniqueKeysWithValues: [4, 3, 2, 1].map { n in (try pool.submit(check, n), n) })
    for future in concurrent.futures.as_completed(futures.keys) {  // in the order they finish
        let n = futures[future]!
        do {
            print("check(\(n)) =", try future.result())  // result() re-raises the call's exception
        } catch let error as ValueError {
            print("check(\(n)) raised ValueError:", error)
        }
    }
}
// leaving the with block waits for every call: pool.shutdown(wait=True)
