import Threading

// `### Deadlock`: alice takes a then b, bob takes b then a; each ends up holding one lock and waiting for the other.
// The cell is marked `expect=deadlock`: its output is the simulated runtime's deadlock report.

let a = threading.Lock()
let b = threading.Lock()

let transfer = def("transfer") { (name: String, first: Lock, second: Lock) in
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
print("never printed")
