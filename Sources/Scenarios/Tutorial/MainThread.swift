import Threading

/// `### main_thread()`: a worker looks at the main thread; only the main thread is the main thread.
let mainThreadScenario = Scenario("threading-tutorial/main_thread") {
    let worker = def("worker") {
        let main = threading.mainThread()
        print("worker: main thread is", main.name, "- alive:", main.isAlive)
        print("worker: am I the main thread?", threading.currentThread() === main)
    }

    print("main: am I the main thread?", threading.currentThread() === threading.mainThread())
    let t = threading.Thread(target: worker)
    try t.start()
    try t.join()
}
