import Threading

// `#### run()`: a Thread subclass keeps its data in attributes and overrides `run()`, which the new thread calls;
// calling `run()` directly runs it in the calling thread.

private final class MyThread: threading.Thread, @unchecked Sendable {
    let number: Int  // the data run() works on

    init(_ number: Int) {
        self.number = number
        super.init()
    }

    override func run() throws {
        print("run() called in", threading.current_thread().name, "with number", number)
    }
}

let mythread = MyThread(1)
try mythread.start()  // the new thread calls run()
try mythread.join()
try mythread.run()  // an ordinary call: runs in the main thread
