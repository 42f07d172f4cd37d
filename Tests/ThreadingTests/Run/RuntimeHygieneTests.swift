import Testing
@_spi(Harness) import Threading

#if canImport(Glibc)
    import Glibc
#endif

/// The number of OS threads of this process (Linux: /proc/self/status).
private func osThreadCount() -> Int {
    guard let file = fopen("/proc/self/status", "r") else { return -1 }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    while fgets(&line, Int32(line.count), file) != nil {
        let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("Threads:") {
            return Int(text.dropFirst(8).drop { $0 == " " || $0 == "\t" }.prefix { $0.isNumber }) ?? -1
        }
    }
    return -1
}

@Suite struct RuntimeHygieneTests {
    /// 200 runs × 10 abandoned daemon workers: their OS threads must end, not pile up.
    @Test func abandonedDaemonThreadsDoNotLeakOSThreads() {
        let program: @Sendable () throws -> Void = {
            let worker = def("worker") { (q: Queue<Int>) in
                while true {
                    _ = try q.get()
                    try q.task_done()
                }
            }
            let q = Queue<Int>()
            for _ in 0..<10 {
                let t = Thread(target: worker, args: q)
                t.daemon = true
                try t.start()
            }
            for i in 0..<20 { try q.put(i) }
            q.join()
        }
        let before = osThreadCount()
        #expect(before > 0)
        for seed in 0..<200 {
            let result = runProgram(RunOptions(schedule: .random(seed: UInt64(seed))), main: program)
            #expect(result.outcome == .completed)
        }
        // Other suites run in parallel and own threads too; 2,000 leaked threads would be far above this margin.
        #expect(osThreadCount() - before < 200)
    }

    /// In the real runtime, daemons parked when the run ends wake up and end their OS threads too.
    @Test func realRuntimeDaemonsParkedAtTheEndStop() {
        let before = osThreadCount()
        for _ in 0..<20 {
            let result = runProgram(RunOptions(runtime: .real)) {
                let event = Event()
                for _ in 0..<10 {
                    try Thread(target: def("parked") { event.wait() }, daemon: true).start()
                }
            }
            #expect(result.outcome == .completed)
        }
        // Detached threads end asynchronously: give them a moment, then 200 parked threads must be gone.
        var after = osThreadCount()
        for _ in 0..<100 where after - before >= 50 {
            usleep(10_000)
            after = osThreadCount()
        }
        #expect(after - before < 50)
    }

    @Test func daemonOutputAfterTheEndIsNeverRecorded() {
        for runtime in [RuntimeKind.simulated, .real] {
            let result = runProgram(RunOptions(runtime: runtime)) {
                let chatter = Thread(
                    target: def("chatter") {
                        while true {
                            print("tick")
                            time.sleep(0.01)
                        }
                    }, daemon: true)
                try chatter.start()
                time.sleep(0.035)
            }
            let ticks = result.lines().count
            // Virtual: ticks at 0, 0.01, 0.02, 0.03; real: about as many, never more after the run ended.
            #expect(ticks >= 1 && ticks <= 6)
            #expect(result.events.allSatisfy { $0.time <= (result.events.last?.time ?? 0) })
        }
    }

    @Test func choiceListSchedulesReplayAndSteerTheOrder() {
        let program: @Sendable () throws -> Void = {
            let f = def("f") { (tag: String) in print(tag) }
            let a = Thread(target: f, args: "a")
            let b = Thread(target: f, args: "b")
            try a.start()
            try b.start()
            print("main")
        }
        let first = runProgram(RunOptions(schedule: .replay("c0.0.0.0")), main: program)
        #expect(first.schedule == "c0.0.0.0")
        #expect(runProgram(RunOptions(schedule: .replay("c0.0.0.0")), main: program).events == first.events)
        var outputs = Set<String>()
        for choices in ["c0.0.0.0", "c1.1.1.1", "c0.1.0.1", "c1.0.1.0"] {
            outputs.insert(runProgram(RunOptions(schedule: .replay(choices)), main: program).text(of: .stdout))
        }
        #expect(outputs.count >= 2)
    }
}

@Suite struct AmbientWorldTests {
    /// Outside any run, the module still works on real threads (as a plain Swift program using it would).
    @Test func primitivesAndQueriesWorkOutsideARun() throws {
        let lock = Lock()
        #expect(lock.acquire(false))
        try lock.release()
        #expect(!enumerate().isEmpty)
        #expect(active_count() >= 1)
        let q = Queue<Int>()
        let t = Thread(target: def("producer") { try q.put(42) })
        try t.start()
        #expect(try q.get(timeout: 5) == 42)
        try t.join()
        #expect(!t.is_alive())
    }
}
