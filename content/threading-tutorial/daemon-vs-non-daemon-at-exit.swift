import Threading

// `#### Daemon vs non-daemon at exit`: the program waits for the non-daemon thread only.

let background = def("background") { (name: String, seconds: Double) in
    print(name, "started")
    time.sleep(seconds)
    print(name, "finished")  // the daemon never gets here
}

let d = threading.Thread(target: background, args: "daemon", 0.5, daemon: true)
let n = threading.Thread(target: background, args: "non-daemon", 0.2)
try d.start()
try n.start()
print("main: end of program, active threads:", threading.active_count())
// Python now waits for the non-daemon thread, but not for the daemon
