import Threading

/// `#### run()`: a Thread subclass overrides `run()`, which `start()` calls in the new thread.
let runScenario = Scenario("threading-tutorial/run") {
    let mythread = MyThread()
    try mythread.start()
    try mythread.join()
}

private final class MyThread: threading.Thread, @unchecked Sendable {

    override func run() throws {
        print("Called by threading.Thread.start()")
    }
}
