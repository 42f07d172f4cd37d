import Threading

// `### current_thread()`: each thread asks for its own Thread object; unnamed ones are named after their target.

let worker = def("worker") {
    print("worker: current_thread().name =", threading.current_thread().name)
}

print("main: current_thread().name =", threading.current_thread().name)
for name in [nil, "custom"] {
    let t = threading.Thread(name: name, target: worker)
    try t.start()
    try t.join()
}
