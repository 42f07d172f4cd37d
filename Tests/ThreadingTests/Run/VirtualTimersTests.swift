import Testing
@_spi(Harness) @testable import Threading

/// The simulated clock's timers: due sleepers join the ready queue in deadline order (equal deadlines in the order they
/// were set), in place, and a waiter already notified is dropped instead of timed out.
@Suite struct VirtualTimersTests {
    @Test func dueSleepersJoinTheReadyQueueInDeadlineOrder() {
        let recorder = TraceRecorder(echo: nil, recordsLifecycle: false)
        let runtime = SimulatedRuntime(recorder: recorder, schedule: .cpythonDefault, stepLimit: 100)
        let world = World(runtime: runtime, recorder: recorder, randomSeed: 0)
        defer { world.tearDown() }
        let waiters = (0..<5).map { index in
            Waiter(
                core: world.makeCore(name: "T\(index)", targetName: nil), reason: BlockReason("sleep"),
                notifiable: index == 2)
        }
        var timers = VirtualTimers()
        for (waiter, deadline) in zip(waiters, [2.0, 1.0, 1.0, 3.0, 1.0]) {
            timers.insert(deadline: deadline, waiter: waiter)
        }
        #expect(waiters[2].tryNotify())  // notified before its time-out: it stays notified and is not queued

        var ready = ReadyQueue()
        timers.expire(upTo: 2, into: &ready)
        #expect(ready.indices == [1, 4, 0])
        #expect(waiters[2].wasNotified)
        #expect(!waiters[1].isWaiting && !waiters[1].wasNotified)  // timed out
        #expect(waiters[3].isWaiting)

        timers.expire(upTo: 2.5, into: &ready)
        #expect(ready.indices == [1, 4, 0])
        timers.expire(upTo: 3, into: &ready)
        #expect(ready.indices == [1, 4, 0, 3])
        #expect(timers.earliestLiveDeadline() == nil)
    }
}
