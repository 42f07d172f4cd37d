import Threading

// `### active_count()`: the main thread plus the three workers while they run.

let worker = def("worker") {
    time.sleep(0.2)
}

print("before start:", threading.active_count())
let threads = (0..<3).map { _ in threading.Thread(target: worker) }
for t in threads {
    try t.start()
}
print("running:", threading.active_count())
for t in threads {
    try t.join()
}
print("after join:", threading.active_count())
