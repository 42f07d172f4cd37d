import Threading

// The basic fixture: one worker thread prints, the main thread waits for it and prints.
let worker = def("worker") {
    print("hello from", current_thread().name)
}
let t = Thread(target: worker)
try t.start()
try t.join()
print("done")
