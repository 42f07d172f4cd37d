import Threading

// `### enumerate()`: the live threads before, during and after three workers run.

let done = threading.Event()
let workers = [1, 2, 3].map { i in threading.Thread(name: "worker-\(i)", target: { done.wait() }) }
print("before start:", threading.enumerate().map(\.name).joined(separator: ", "))
for w in workers {
    try w.start()
}
print("running:", threading.enumerate().map(\.name).joined(separator: ", "))
done.set()
for w in workers {
    try w.join()
}
print("after join:", threading.enumerate().map(\.name).joined(separator: ", "))
