import Threading

// Hand-written on purpose: the cell's translation prints the same transcript and passes fidelity, but the Python
// object layer's reads and writes of globals are not yet scheduling points (PyAccess is not wired to SharedAccess),
// so the sampled search of the translation finds 11 distinct totals where this port, through @Shared, finds 17.
// Delete this file once they are.
// `### A race condition`: four threads read, yield and write back a shared counter; updates are lost.

@Shared var count = 0  // threads race on it: @Shared lets `docgen explore --exhaustive` see its reads and writes

let increment = def("increment") { (times: Int) in
    for _ in 0..<times {
        let value = count  // read the shared counter
        time.sleep(0)  // let another thread run here, as it may between any two steps
        count = value + 1  // write it back: whatever others added since the read is lost
    }
}

let threads = (0..<4).map { _ in threading.Thread(target: increment, args: 25) }
for t in threads {
    try t.start()
}
for t in threads {
    try t.join()
}
print("expected 100, got", count)
print("updates lost:", count < 100)
