import CThreadingShims
import DequeModule
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The deterministic runtime: real OS threads, but exactly one holds the baton and runs; every primitive operation
/// is a scheduling point; a virtual clock jumps to the earliest deadline when every thread is blocked.
///
/// One lock (`lock`) guards all scheduler state: the running thread, the FIFO ready queue, the virtual timers, the
/// clock and each core's scheduler fields. A thread waits for the baton on its own semaphore.
final class SimulatedRuntime: Runtime, @unchecked Sendable {
    /// `time.time()` at virtual time 0: 2026-01-01 00:00:00 UTC.
    static let epoch: Double = 1_767_225_600

    private let lock = InternalLock()
    private let doneCond = ConditionVariable()
    private let recorder: TraceRecorder
    private var running: ThreadCore?
    private var ready = Deque<ThreadCore>()
    private var timers = VirtualTimers()
    private var clock = 0.0
    private var picker: SchedulePicker
    private var cores: [ThreadCore] = []
    private var outcome: RunOutcome?
    private var runaway: ThreadCore?
    let control = RunControl(seesEveryOperation: true)
    private let steps = Atomic<Int>(0)
    private let stepLimit: Int
    /// Scheduling points the running thread has passed since it got the baton (only it touches this).
    private var sliceSteps = 0
    /// The default schedule's stand-in for CPython's 5 ms switch interval: after this many scheduling points without
    /// blocking, a running thread goes to the back of the ready queue (so busy-waiting loops still progress).
    static let switchInterval = 10_000
    private let cpu: Int32?

    init(recorder: TraceRecorder, schedule: SchedulePolicy, stepLimit: Int, cpu: Int32?) {
        self.recorder = recorder
        self.picker = SchedulePicker(schedule)
        self.stepLimit = stepLimit
        self.cpu = cpu
    }

    var scheduleString: String { picker.name }
    var now: Double { clock }
    func wallTime() -> Double { Self.epoch + clock }
    func wallTimeNanoseconds() -> Int64 { Int64(Self.epoch) * 1_000_000_000 + Int64((clock * 1e9).rounded()) }

    func utcOffset(at seconds: Double) -> Int { 0 }
    var processID: Int { 4_242 }

    func assignIdentity(_ core: ThreadCore) {
        core.ident = core.index + 1
        core.nativeId = core.index + 1_000
    }

    // MARK: scheduling points

    func schedulingPoint() {
        if control.hasEnded {
            abandonIfOurs()
            return
        }
        // Only the baton holder writes `steps`: a plain load and store, no read-modify-write.
        let count = steps.load(ordering: .relaxed) + 1
        steps.store(count, ordering: .relaxed)
        if count > stepLimit {
            lock.lock()
            let name = running?.name ?? "?"
            endRun(
                .stepLimitExceeded(
                    "step limit exceeded: \(stepLimit) scheduling points (last in \(name)); a thread may loop forever"))
            lock.unlock()
            exitOSThread()
        }
        if picker.isPassive {
            // CPython's switch interval: a thread that runs on without blocking eventually lets the others run.
            sliceSteps += 1
            if sliceSteps < Self.switchInterval { return }
            lock.lock()
            if let me = running, !ready.isEmpty {
                let next = ready.removeFirst()
                ready.append(me)
                switchTo(next, from: me)
            }
            sliceSteps = 0
            lock.unlock()
            return
        }
        sliceSteps += 1
        lock.lock()
        if let me = running, !ready.isEmpty {
            // Past the switch interval the running thread must make way (PCT lowers its priority).
            let forced = sliceSteps >= Self.switchInterval
            if let choice = picker.preempt(current: me.index, ready: ready.map(\.index), forced: forced) {
                let next = ready.remove(at: choice)
                ready.append(me)
                switchTo(next, from: me)
            }
        }
        lock.unlock()
    }

    // MARK: blocking

    func park(_ waiter: Waiter, deadline: Double?) -> Bool {
        lock.lock()
        if control.hasEnded {
            lock.unlock()
            abandonIfOurs()
            return waiter.wasNotified
        }
        precondition(
            waiter.core.world.runtime === self,
            "a Threading object was used outside the run that created it: create primitives inside the program")
        let me = waiter.core
        guard waiter.isWaiting else {
            lock.unlock()
            return waiter.wasNotified
        }
        recorder.record(time: clock, core: me, .blocked(on: waiter.reason.what))
        me.blockedOn = waiter
        if let deadline { timers.insert(deadline: deadline, waiter: waiter) }
        guard let next = nextToRun() else {
            endRun(.deadlock(report: deadlockReport()))
            lock.unlock()
            exitOSThread()
        }
        if next === me {
            running = me
        } else {
            switchTo(next, from: me)
        }
        me.blockedOn = nil
        sliceSteps = 0
        lock.unlock()
        recorder.record(time: clock, core: me, .woke)
        return waiter.wasNotified
    }

    func unpark(_ waiter: Waiter) {
        lock.withLock {
            if !control.hasEnded { ready.append(waiter.core) }
        }
    }

    // MARK: thread lifecycle

    func launch(_ core: ThreadCore, body: @escaping @Sendable () -> Void) {
        lock.lock()
        cores.append(core)
        picker.threadCreated(index: core.index)
        core.pthread = spawnOSThread(detached: false) { [self] in
            Context.bind(core)
            pinToCPU()
            core.baton.wait()
            lock.lock()
            let abandoned = core.abandoned
            lock.unlock()
            if abandoned { exitOSThread() }
            body()
        }
        if let me = running {
            ready.append(me)
            switchTo(core, from: me)
            lock.unlock()
        } else {
            running = core
            lock.unlock()
            core.baton.post()
        }
    }

    func threadExiting(_ core: ThreadCore) {
        lock.lock()
        recorder.record(time: clock, core: core, .exited)
        core.finished = true
        guard !control.hasEnded else {
            lock.unlock()
            return
        }
        guard let next = nextToRun() else {
            endRun(.deadlock(report: deadlockReport()))
            lock.unlock()
            return
        }
        running = next
        sliceSteps = 0
        lock.unlock()
        next.baton.post()
    }

    func finish(_ outcome: RunOutcome) {
        lock.withLock {
            running?.finished = true
            endRun(outcome)
        }
    }

    // MARK: the caller's side

    /// Blocks the caller until the run ends; a thread that runs `stallTimeout` wall seconds without reaching a
    /// scheduling point ends it. Then reaps every OS thread of the run and returns the outcome.
    func waitForEnd(stallTimeout: Double) -> RunOutcome {
        lock.lock()
        var lastSteps = steps.load(ordering: .relaxed)
        var lastChange = monotonicSeconds()
        while !control.hasEnded {
            _ = doneCond.wait(lock, untilMonotonic: monotonicSeconds() + 0.1)
            if control.hasEnded { break }
            let current = steps.load(ordering: .relaxed)
            let wall = monotonicSeconds()
            if current != lastSteps {
                lastSteps = current
                lastChange = wall
            } else if wall - lastChange > stallTimeout {
                runaway = running
                let name = running?.name ?? "?"
                endRun(
                    .stepLimitExceeded(
                        "\(name) ran \(stallTimeout) s of wall time without reaching a scheduling point"))
            }
        }
        let handles = cores.compactMap { core -> (pthread_t, Bool)? in
            guard let handle = core.pthread else { return nil }
            return (handle, core === runaway)
        }
        let outcome = self.outcome ?? .completed
        lock.unlock()
        for (handle, isRunaway) in handles {
            if isRunaway { pthread_detach(handle) } else { pthread_join(handle, nil) }
        }
        // Every thread is gone (unless one ran away): drop the references that would keep this run alive.
        lock.withLock {
            guard runaway == nil else { return }
            cores = []
            ready = []
            timers = VirtualTimers()
            running = nil
        }
        return outcome
    }

    /// Whether a thread that never reached a scheduling point was left running.
    var leftARunawayThread: Bool { lock.withLock { runaway != nil } }

    // MARK: internals (lock held)

    /// Hands the baton to `next` and waits until `me` gets it back (lock held before and after; released while
    /// waiting). An abandoned thread ends here.
    private func switchTo(_ next: ThreadCore, from me: ThreadCore) {
        running = next
        sliceSteps = 0
        lock.unlock()
        next.baton.post()
        me.baton.wait()
        lock.lock()
        if me.abandoned {
            lock.unlock()
            exitOSThread()
        }
    }

    /// The next thread to run: due timers first join the ready queue; when nothing is ready the clock jumps to the
    /// earliest deadline. Nil when nothing can ever run again (deadlock).
    private func nextToRun() -> ThreadCore? {
        for waiter in timers.expire(upTo: clock) { ready.append(waiter.core) }
        while ready.isEmpty, let deadline = timers.earliestLiveDeadline() {
            clock = max(clock, deadline)
            for waiter in timers.expire(upTo: clock) { ready.append(waiter.core) }
        }
        guard !ready.isEmpty else { return nil }
        let choice = picker.pickNext(ready: ready.count > 1 ? ready.map(\.index) : [ready[0].index])
        return ready.remove(at: choice)
    }

    private func endRun(_ outcome: RunOutcome) {
        guard !control.hasEnded else { return }
        self.outcome = outcome
        control.ended.store(true, ordering: .relaxed)
        recorder.close()
        for core in cores where core !== running && !core.finished {
            core.abandoned = true
            core.baton.post()
        }
        doneCond.broadcast()
    }

    /// One line per blocked thread: what it waits on, and who holds it.
    private func deadlockReport() -> String {
        var lines: [String] = []
        for core in cores.sorted(by: { $0.index < $1.index }) where !core.finished {
            guard let waiter = core.blockedOn else { continue }
            var line = "\(core.name) waits on \(waiter.reason.what)"
            if let holder = waiter.reason.holder?(), let owner = cores.first(where: { $0.osThread == holder }) {
                line += " held by \(owner.name)"
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// A thread of this (ended) run that reaches the runtime again stops here; other threads carry on.
    private func abandonIfOurs() {
        if let core = Context.bound, core.world.runtime === self { exitOSThread() }
    }

    private func pinToCPU() {
        if let cpu { _ = cthreading_pin_to_cpu(cpu) }
    }
}
