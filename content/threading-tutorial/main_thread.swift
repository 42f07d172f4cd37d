import Threading

// `### main_thread()`: a worker looks at the main thread; only the main thread is the main thread.

let worker = def("worker") {
    let main = threading.main_thread()
    print("worker: main thread is", main.name, "- alive:", main.is_alive())
    print("worker: am I the main thread?", threading.current_thread() === main)
}

print("main: am I the main thread?", threading.current_thread() === threading.main_thread())
let t = threading.Thread(target: worker)
try t.start()
try t.join()
