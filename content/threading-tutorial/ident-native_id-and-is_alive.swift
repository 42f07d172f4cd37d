import Threading

// `#### ident, native_id and is_alive()`: a thread's identity exists from `start()` on and outlives the thread.

let worker = def("worker") {
    let me = threading.current_thread()
    print("worker: ident == get_ident():", me.ident == threading.get_ident())
    print("worker: native_id differs from main's:", me.native_id != threading.main_thread().native_id)
    time.sleep(0.1)
}

let t = threading.Thread(name: "worker", target: worker)
print("before start: ident =", t.ident as Any, "native_id =", t.native_id as Any, "alive =", t.is_alive())
try t.start()
print("started: alive =", t.is_alive())
try t.join()
print("after join: alive =", t.is_alive(), "ident kept =", t.ident != nil)
