import Threading

// `### settrace() and setprofile()`: hooks installed for threads started afterwards. Our runtime cannot see Swift
// function calls, so its hooks are called once, with `"call"`, as each later thread starts its activity; the
// scenario prints what the Python hooks print for that call of `worker`.

let tracer: TraceFunction = { event, thread in
    print("trace:", event, "worker", "in", thread.name)
}

let profiler: TraceFunction = { event, thread in
    print("profile:", event, "worker", "in", thread.name)
}

let worker = def("worker") {
    print("worker: running")
}

try worker()  // not traced: settrace() only affects threads started later

threading.settrace(tracer)
var t = threading.Thread(name: "traced", target: worker)
try t.start()
try t.join()
threading.settrace(nil)

threading.setprofile(profiler)
t = threading.Thread(name: "profiled", target: worker)
try t.start()
try t.join()
threading.setprofile(nil)
