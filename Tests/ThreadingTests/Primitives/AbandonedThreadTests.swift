import Testing
@_spi(Harness) @_spi(Search) import Threading

/// An object whose release a test can observe.
private final class Probe: @unchecked Sendable {
    func use() {}
}

/// A weak reference a program hands out of its run.
private final class WeakSlot: @unchecked Sendable {
    weak var probe: Probe?
}

/// What threads left behind when a simulated run ends keep alive.
@Suite struct AbandonedThreadTests {
    @Test func aDaemonWorkerBlockedInGetIsUnwoundAndReleasesWhatItHolds() {
        // The daemon worker still waits on the queue when the main thread ends (as queued-threads' workers do): its
        // wait fails once the run is over, the error unwinds its frames, and what they hold is released, without a
        // trace of the unwinding in the run's output.
        let slot = WeakSlot()
        let program: @Sendable () throws -> Void = {
            let work = queue.Queue<Int>()
            let probe = Probe()
            slot.probe = probe
            let worker = Thread(
                target: {
                    probe.use()
                    while true { print("got", try work.get()) }
                }, daemon: true)
            try worker.start()
            try work.put(1)
            time.sleep(0.1)
            print("main done")
        }
        let result = runProgram(main: program)
        #expect(result.text(of: .stdout) == "got 1\nmain done\n")
        #expect(result.text(of: .stderr) == "")
        #expect(slot.probe == nil)
    }

    @Test func theSearchesCutShortRunsReleaseTheirDaemonWorkers() {
        // Every execution (and every run the sleep sets cut short) leaves the worker blocked in get().
        let slot = WeakSlot()
        let program: @Sendable () throws -> Void = {
            let work = queue.Queue<Int>()
            let probe = Probe()
            slot.probe = probe
            let worker = Thread(
                target: {
                    probe.use()
                    while true { print("got", try work.get()) }
                }, daemon: true)
            try worker.start()
            try work.put(1)
            try work.put(2)
            print("main done")
        }
        var outputs: Set<String> = []
        let summary = ExhaustiveSearch().run(program) { result, _ in outputs.insert(result.text(of: .stdout)) }
        #expect(summary.complete)
        #expect(outputs.isSuperset(of: ["main done\n", "got 1\nmain done\n", "got 1\ngot 2\nmain done\n"]))
        #expect(slot.probe == nil)
    }
}
