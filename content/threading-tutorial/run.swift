import Threading

// `#### run()`: a Thread subclass overrides `run()`, which `start()` calls in the new thread.

private final class MyThread: threading.Thread, @unchecked Sendable {

    override func run() throws {
        print("Called by threading.Thread.start()")
    }
}

let mythread = MyThread()
try mythread.start()
try mythread.join()
