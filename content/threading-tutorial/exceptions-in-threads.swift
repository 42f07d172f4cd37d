import Threading

// `### Exceptions in threads`: an uncaught error goes to `threading.excepthook` and `join()` returns normally;
// results and errors are handed back through a shared dict.

func work(_ n: Int) throws -> Int {
    if n == 3 {
        throw ValueError("cannot handle \(n)")
    }
    return n * n
}

let report: ExceptHook = { args in
    print("excepthook:", args.thread!.name, "raised", args.exc_type + ":", args.exc_value)
}

var outcomes: [Int: (String, Any)] = [:]
let outcomes_lock = threading.Lock()

let keep_outcome = def("keep_outcome") { (n: Int) in
    let outcome: (String, Any)
    do {
        outcome = ("result", try work(n))
    } catch {  // catch it in the thread, hand it to whoever joins
        outcome = ("error", error)
    }
    outcomes_lock.with {
        outcomes[n] = outcome
    }
}

// An uncaught exception ends its thread and goes to threading.excepthook,
// and join() returns normally: the joining thread is not told.
let original = threading.excepthook
threading.excepthook = report
let t = threading.Thread(name: "failing", target: { _ = try work(3) })
try t.start()
try t.join()
print("join() returned normally, alive:", t.is_alive())
threading.excepthook = original

// To get results and errors back, catch them in the thread and hand them over.
let threads = (1..<5).map { n in threading.Thread(target: keep_outcome, args: n) }
for t in threads {
    try t.start()
}
for t in threads {
    try t.join()
}
for n in outcomes.keys.sorted() {
    let (kind, value) = outcomes[n]!
    print("work(\(n)):", kind, value)
}
