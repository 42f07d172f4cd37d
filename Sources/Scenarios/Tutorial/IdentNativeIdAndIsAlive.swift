import Threading

/// `#### ident, native_id and is_alive()`: a thread's identity exists from `start()` on and outlives the thread.
let identNativeIdAndIsAliveScenario = Scenario("threading-tutorial/ident-native_id-and-is_alive") {
    let worker = def("worker") {
        let me = threading.currentThread()
        print("worker: ident == get_ident():", me.ident == threading.getIdent())
        print("worker: native_id differs from main's:", me.nativeId != threading.mainThread().nativeId)
        time.sleep(0.1)
    }

    let t = threading.Thread(name: "worker", target: worker)
    print("before start: ident =", t.ident as Any, "native_id =", t.nativeId as Any, "alive =", t.isAlive)
    try t.start()
    print("started: alive =", t.isAlive)
    try t.join()
    print("after join: alive =", t.isAlive, "ident kept =", t.ident != nil)
}
