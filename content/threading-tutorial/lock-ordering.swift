import Threading

// `#### Lock ordering`: the deadlock's fix; every thread takes the locks in one global order.

let a = threading.Lock()
let b = threading.Lock()
let LOCK_ORDER = [a, b]

let transfer = def("transfer") { (name: String, first: Lock, second: Lock) in
    // Take the locks in LOCK_ORDER, whatever order the caller named them in.
    let index = { (lock: Lock) in LOCK_ORDER.firstIndex { $0 === lock }! }
    let (first, second) = index(first) < index(second) ? (first, second) : (second, first)
    first.with {
        print(name + ": holds its first lock")
        time.sleep(0.1)
        print(name + ": waits for its second lock")
        second.with {
            print(name + ": done")
        }
    }
}

let alice = threading.Thread(name: "alice", target: transfer, args: "alice", a, b)
let bob = threading.Thread(name: "bob", target: transfer, args: "bob", b, a)
try alice.start()
try bob.start()
try alice.join()
try bob.join()
print("both transfers done")
