import Testing
@_spi(Harness) import Threading

/// Ten workers racing on one queue: the interleaving depends on the schedule only.
@Sendable private func tenWorkers() throws {
    let worker = def("worker") { (stream: Queue<Int>) in
        while true {
            let item = try stream.get()
            print(current_thread().name, item)
            if item % 3 == 0 { time.sleep(0.1) }
            try stream.task_done()
        }
    }
    let stream = Queue<Int>()
    for _ in 0..<10 {
        let t = Thread(target: worker, args: stream)
        t.daemon = true
        try t.start()
    }
    for item in 0..<30 { try stream.put(item) }
    stream.join()
}

@Suite struct DeterminismTests {
    @Test(arguments: [SchedulePolicy.cpythonDefault, .random(seed: 7), .pct(seed: 7)])
    func sameScheduleGivesTheSameTranscript100Times(policy: SchedulePolicy) {
        let first = runProgram(RunOptions(schedule: policy), main: tenWorkers)
        #expect(first.outcome == .completed)
        for _ in 0..<100 {
            let again = runProgram(RunOptions(schedule: policy), main: tenWorkers)
            #expect(again.events == first.events)
        }
    }

    @Test func differentSeedsGiveDifferentInterleavings() {
        var distinct = Set<String>()
        for seed in 0..<10 {
            let result = runProgram(RunOptions(schedule: .random(seed: UInt64(seed))), main: tenWorkers)
            #expect(result.outcome == .completed)
            distinct.insert(result.text(of: .stdout))
        }
        #expect(distinct.count >= 8)
        var pct = Set<String>()
        for seed in 0..<10 {
            pct.insert(runProgram(RunOptions(schedule: .pct(seed: UInt64(seed))), main: tenWorkers).text(of: .stdout))
        }
        #expect(pct.count >= 3)
    }

    @Test(arguments: [SchedulePolicy.cpythonDefault, .random(seed: 99), .pct(seed: 3)])
    func scheduleStringReplaysExactly(policy: SchedulePolicy) {
        let original = runProgram(RunOptions(schedule: policy), main: tenWorkers)
        let replayed = runProgram(RunOptions(schedule: .replay(original.schedule)), main: tenWorkers)
        #expect(replayed.events == original.events)
        #expect(replayed.schedule == original.schedule)
    }

    @Test func eachRunIsAFreshWorld() {
        let program: @Sendable () throws -> Void = {
            logging.basicConfig(level: .INFO, format: "%(threadName)s %(message)s")
            let t = Thread(target: def("f") { logging.info("%s %d", time.ctime(), random.randint(1, 6)) })
            try t.start()
            try t.join()
            print(get_ident(), t.ident ?? -1)
        }
        let first = runProgram(main: program)
        let second = runProgram(main: program)
        #expect(first.events == second.events)
        #expect(first.lines(.stderr) == ["Thread-1 (f) Thu Jan  1 00:00:00 2026 4"])
        #expect(first.lines() == ["1 2"])
    }
}
