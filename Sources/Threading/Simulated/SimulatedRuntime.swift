import CThreadingShims
import Synchronization

/// The deterministic runtime: each thread is a fiber (its own stack), all fibers of a run execute on one pooled OS
/// thread (a carrier), exactly one runs at a time; every primitive operation is a scheduling point, where the runtime
/// may switch stacks directly to another thread; a virtual clock jumps to the earliest deadline when every thread is
/// blocked.
///
/// One lock (`lock`) guards all scheduler state: the running thread, the FIFO ready queue, the virtual timers, the
/// clock and each core's scheduler fields. It is never held across a switch. A spin lock: a run's threads take turns
/// on one carrier, so the only other taker is the caller watching the run (for its end or a stall), and every
/// scheduling point and switch takes it; one compare-and-swap and one store, where a mutex costs two atomic
/// read-modify-writes and two calls. The caller waits for the end on a mutex and condition of its own (`done`).
///
/// When the run ends, the threads it left suspended at a scheduling point or blocked in a wait whose failure throws
/// (`RunEnded`: a queue's `get`, a condition's `wait`, translated code's `time.sleep` and `Event.wait`) are resumed
/// alone to unwind their frames (`unwindLeftoverThreads`); other abandoned threads are never resumed (what their frames
/// hold is not released); the stacks are reclaimed when the carrier leaves the run.
final class SimulatedRuntime: Runtime, @unchecked Sendable {
    /// `time.time()` at virtual time 0: 2026-01-01 00:00:00 UTC.
    static let epoch: Double = 1_767_225_600

    private let lock = PySpinLock()
    /// Where the caller waits for the carrier to leave the run (`waitForEnd`): `carried` is set under `lock`, then
    /// `doneCond` broadcast under `done`.
    private let done = InternalLock(tracked: false)
    private let doneCond = ConditionVariable()
    private let recorder: TraceRecorder
    private var running: ThreadCore? {
        didSet { runningIndex = running?.index ?? -1 }
    }
    /// `running`'s index, -1 when none: what a scheduling point that does not switch needs of the running thread,
    /// read without retaining it.
    private var runningIndex = -1
    private var ready = ReadyQueue()
    private var timers = VirtualTimers()
    /// Notifiable waiters whose deadline has come but whose time-out has not fired yet (only when the picker
    /// `splitsTimeouts`): each time-out is a choice, so a notification at the same virtual instant may come first.
    private var dueTimeouts: [Waiter] = []
    private var clock = 0.0
    private var picker: SchedulePicker
    private var cores: [ThreadCore] = []
    private var outcome: RunOutcome?
    private var runaway: ThreadCore?
    /// The carrier's own context while it carries this run (fibers switch back to it when the run ends).
    private var base: OpaquePointer?
    /// Set when the carrier has left the run: no fiber of it runs any more.
    private var carried = false
    /// Set once the run is over and its carrier resumes blocked threads to unwind them (`unwindLeftoverThreads`).
    private var unwinding = false
    /// Scheduling points the thread being unwound may still pass before it is abandoned after all.
    private var unwindBudget = 0
    /// How many scheduling points an unwinding thread may pass (its error's way out: handlers, excepthook).
    static let unwindSteps = 100
    let control: RunControl
    private let steps = Atomic<Int>(0)
    private let stepLimit: Int
    /// Scheduling points the running thread has passed since it was switched to (only it touches this).
    private var sliceSteps = 0
    /// The default schedule's stand-in for CPython's 5 ms switch interval: after this many scheduling points without
    /// blocking, a running thread goes to the back of the ready queue (so busy-waiting loops still progress).
    static let switchInterval = 10_000

    /// The exhaustive search choosing this run's schedule, if any.
    private let guide: SearchGuide?

    init(recorder: TraceRecorder, schedule: SchedulePolicy, stepLimit: Int, guide: SearchGuide? = nil) {
        self.recorder = recorder
        self.picker = SchedulePicker(schedule, guide: guide)
        self.control = RunControl(seesEveryOperation: true, preemptsBetweenOperations: !picker.isPassive)
        self.stepLimit = stepLimit
        self.guide = guide
    }

    var scheduleString: String { picker.name }
    var now: Double { clock }
    func wallTime() -> Double { Self.epoch + clock }
    func wallTimeNanoseconds() -> Int64 { Int64(Self.epoch) * 1_000_000_000 + Int64((clock * 1e9).rounded()) }

    func utcOffset(at seconds: Double) -> Int { 0 }
    var processID: Int { 4_242 }
    var cpuCount: Int? { os.simulatedCPUCount }
    var madeUpAddresses: Bool { true }

    func assignIdentity(_ core: ThreadCore) {
        core.ident = core.index + 1
        core.nativeId = core.index + 1_000
    }

    // MARK: scheduling points

    func reachSchedulingPoint() {
        if control.hasEnded {
            abandonIfOurs()
            return
        }
        // Only the running thread writes `steps`: a plain load and store, no read-modify-write.
        let count = steps.load(ordering: .relaxed) + 1
        steps.store(count, ordering: .relaxed)
        if count > stepLimit {
            lock.lock()
            let name = running?.name ?? "?"
            endRun(
                .stepLimitExceeded(
                    "step limit exceeded: \(stepLimit) scheduling points (last in \(name)); a thread may loop forever"))
            lock.unlock()
            abandonIfOurs()
            return
        }
        if picker.isPassive {
            // CPython's switch interval: a thread that runs on without blocking eventually lets the others run.
            sliceSteps += 1
            if sliceSteps < Self.switchInterval { return }
            lock.lock()
            if let me = running, !ready.isEmpty, !control.hasEnded {
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
        // The running thread itself (a retain) is loaded only to switch away from it.
        while runningIndex >= 0, !control.hasEnded {
            let current = runningIndex
            // Due time-outs wait their turn only when the picker splits them (a search, a replayed list).
            let hasDue = hasLiveDueTimeouts()
            if ready.isEmpty && !hasDue {
                picker.soleThread(current)
                if picker.pruned {
                    endRun(Self.prunedOutcome)
                    lock.unlock()
                    leave(running!)
                }
                break
            }
            // Past the switch interval the running thread must make way (PCT lowers its priority).
            let forced = sliceSteps >= Self.switchInterval && !ready.isEmpty
            let timers = hasDue && !forced ? dueTimeouts.map(\.core.index) : []
            if let choice = picker.preempt(current: current, ready: ready.indices, timers: timers, forced: forced) {
                if choice >= ready.count {
                    fireTimeout(choice - ready.count)
                    continue  // a time-out fired: choose again who runs
                }
                let me = running!
                let next = ready.remove(at: choice)
                ready.append(me)
                switchTo(next, from: me)
            } else if picker.pruned {
                endRun(Self.prunedOutcome)
                lock.unlock()
                leave(running!)
            }
            break
        }
        lock.unlock()
    }

    // MARK: blocking

    func park(_ waiter: Waiter, deadline: Double?) -> Bool {
        lock.lock()
        if control.hasEnded {
            lock.unlock()
            abandonIfOurs(wait: waiter.reason.failsByThrowing)
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
        if recorder.recordsLifecycle { recorder.record(time: clock, core: me, .blocked(on: waiter.reason.what)) }
        me.blockedOn = waiter
        if let deadline { timers.insert(deadline: deadline, waiter: waiter) }
        guard let next = nextToRun() else {
            endRun(picker.pruned ? Self.prunedOutcome : .deadlock(report: deadlockReport()))
            lock.unlock()
            leave(me)
        }
        if next === me {
            running = me
        } else {
            switchTo(next, from: me)
        }
        me.blockedOn = nil
        sliceSteps = 0
        lock.unlock()
        if recorder.recordsLifecycle { recorder.record(time: clock, core: me, .woke) }
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
        if control.hasEnded {  // a thread being unwound starts another: it gets no fiber, and the starter stops
            lock.unlock()
            abandonIfOurs(wait: false)
            return
        }
        cores.append(core)
        picker.threadCreated(index: core.index)
        core.osThread = UInt(bitPattern: Unmanaged.passUnretained(core).toOpaque())
        let start = Unmanaged.passRetained(FiberStart(runtime: self, core: core, body: body)).toOpaque()
        guard let fiber = cthreading_fiber_create(fiberEntry, start, Unmanaged.passUnretained(core).toOpaque()) else {
            preconditionFailure("out of memory for the stack of \(core.name)")
        }
        core.fiber = fiber
        if let me = running {
            if picker.queuesStartedThreads && !ready.isEmpty {
                // CPython: the new OS thread waits for the GIL behind the threads woken before it, and `start()`
                // gives the GIL up waiting for the new thread's `_started` (Thread.start's handshake), so they run
                // first; the starter runs again once the new thread has started, behind those it woke meanwhile.
                // (With nothing else ready the hand-off below is the same order.)
                ready.append(core)
            } else {
                ready.append(me)
                picker.launched(core.index)
                switchTo(core, from: me)
            }
        } else {
            running = core  // the main thread: it runs when `start()` hands the run to a carrier
        }
        lock.unlock()
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
            endRun(picker.pruned ? Self.prunedOutcome : .deadlock(report: deadlockReport()))
            lock.unlock()
            return
        }
        running = next  // the fiber switches to it once its body has returned (`fiberEnded`)
        sliceSteps = 0
        lock.unlock()
    }

    /// Where a fiber whose body returned goes: the thread chosen by `threadExiting`, or back to the carrier when the
    /// run is over. Returns (from, to) for the final switch.
    fileprivate func fiberEnded(_ core: ThreadCore) -> (OpaquePointer, OpaquePointer) {
        lock.withLock {
            let target = control.hasEnded ? base : running?.fiber
            return (core.fiber!, target ?? base!)
        }
    }

    func finish(_ outcome: RunOutcome) {
        StepFootprint.noteCurrent(StepFootprint.output)
        StepFootprint.noteCurrent(StepFootprint.endOfRun)
        lock.withLock {
            running?.finished = true
            endRun(outcome)
        }
    }

    // MARK: the caller's side

    /// Hands the run to a carrier OS thread, which runs the main thread's fiber (and so every other) until the run
    /// ends, then frees the run's stacks.
    func start() {
        if let slot = CarrierSlot.current {  // already on a carrier, working through a batch of runs: carry it here
            slot.carrying(self)
            carry(from: slot.base)
            return
        }
        CarrierPool.shared.carry { [self] base in carry(from: base) }
    }

    private func carry(from base: OpaquePointer) {
        let first = lock.withLock { () -> ThreadCore? in
            self.base = base
            return control.hasEnded ? nil : running
        }
        if let guide { cthreading_set_current_footprint(Unmanaged.passUnretained(guide.recorder).toOpaque()) }
        if let fiber = first?.fiber { cthreading_fiber_switch(base, fiber) }
        // Back on the carrier: the run is over.
        if let guide {
            guide.runEnded()
            cthreading_set_current_footprint(nil)
        }
        unwindLeftoverThreads(from: base)
        lock.lock()
        let all = cores
        lock.unlock()
        for core in all {
            cthreading_fiber_destroy(core.fiber)
            core.fiber = nil
        }
        lock.withLock {
            self.base = nil
            carried = true
        }
        done.withLock { doneCond.broadcast() }
    }

    /// Blocks the caller until the run is over and its carrier has left it; a thread that runs `stallTimeout` wall
    /// seconds without reaching a scheduling point ends the run (its carrier is left behind). Returns the outcome.
    func waitForEnd(stallTimeout: Double) -> RunOutcome {
        var lastSteps = steps.load(ordering: .relaxed)
        var lastChange = monotonicSeconds()
        while true {
            // `carried` is read again holding `done`: the carrier broadcasts holding it, so it cannot do so between
            // this read and the wait.
            done.lock()
            if lock.withLock({ carried }) {
                done.unlock()
                break
            }
            _ = doneCond.wait(done, untilMonotonic: monotonicSeconds() + 0.1)
            done.unlock()
            let current = steps.load(ordering: .relaxed)
            let wall = monotonicSeconds()
            if current != lastSteps {
                lastSteps = current
                lastChange = wall
            } else if wall - lastChange > stallTimeout, endStalledRun(stallTimeout: stallTimeout) {
                break
            }
        }
        lock.lock()
        let outcome = self.outcome ?? .completed
        // Unless a thread ran away, every fiber is gone: drop the references that would keep this run alive.
        if runaway == nil {
            cores = []
            ready.removeAll()
            timers = VirtualTimers()
            dueTimeouts = []
            running = nil
        }
        lock.unlock()
        return outcome
    }

    /// Ends the run because its running thread ran `stallTimeout` wall seconds without a scheduling point (its
    /// carrier is left behind); false when the carrier has left the run meanwhile.
    private func endStalledRun(stallTimeout: Double) -> Bool {
        lock.withLock {
            guard !carried else { return false }
            runaway = running
            let name = running?.name ?? "?"
            endRun(.stepLimitExceeded("\(name) ran \(stallTimeout) s of wall time without reaching a scheduling point"))
            return true
        }
    }

    /// Scheduling points passed so far (how a batch's caller sees that the run makes progress).
    var stepCount: Int { steps.load(ordering: .relaxed) }

    /// Ends the run as `waitForEnd` does when its thread ran `stallTimeout` wall seconds without a scheduling point
    /// (its carrier is left behind), and returns its result; nil when the carrier has already left the run.
    func endStalled(stallTimeout: Double) -> RunResult? {
        guard endStalledRun(stallTimeout: stallTimeout) else { return nil }
        return lock.withLock {
            RunResult(events: recorder.recorded, outcome: outcome ?? .completed, schedule: picker.name)
        }
    }

    /// Forgets the schedule's state (a search run's recorded choices) once the run is over and its result taken.
    func discardSchedule() { lock.withLock { picker = SchedulePicker(.cpythonDefault) } }

    /// Whether a thread that never reached a scheduling point was left running.
    var leftARunawayThread: Bool { lock.withLock { runaway != nil } }

    // MARK: internals (lock held)

    /// Switches from `me`'s fiber to `next`'s and returns when `me` is switched to again (lock held before and
    /// after; released across the switch).
    private func switchTo(_ next: ThreadCore, from me: ThreadCore) {
        running = next
        sliceSteps = 0
        lock.unlock()
        cthreading_fiber_switch(me.fiber, next.fiber)
        lock.lock()
    }

    /// Resumes, one at a time, the threads the run left suspended at a scheduling point or blocked in a wait whose
    /// failure throws (`BlockReason.failsByThrowing`, a queue's `get`), so that their frames unwind and release what
    /// they hold (a daemon worker's thread, queue and closure, and through them the run's world). Such a thread runs
    /// on alone, its scheduling points returning at once and its failing waits failing at once (the error unwinds
    /// it); at any other wait, or past `unwindSteps` scheduling points, it is left for good. A thread blocked in any
    /// other wait is not resumed (the wait would return as if it had timed out). Nothing is recorded any more.
    private func unwindLeftoverThreads(from base: OpaquePointer) {
        let blocked = lock.withLock { () -> [ThreadCore] in
            unwinding = true
            return cores.filter { core in
                !core.finished && !core.abandoned && core.fiber != nil
                    && (core.blockedOn.map(\.reason.failsByThrowing) ?? true)
            }
        }
        for core in blocked {
            lock.withLock { unwindBudget = Self.unwindSteps }
            cthreading_fiber_switch(base, core.fiber)
        }
    }

    /// Leaves `me`'s fiber for good (the run is over): back to the carrier; its frames are never resumed.
    private func leave(_ me: ThreadCore) -> Never {
        guard
            let target = lock.withLock({ () -> OpaquePointer? in
                me.abandoned = true
                return base
            })
        else { preconditionFailure("a fiber ran outside its carrier") }
        cthreading_fiber_switch(me.fiber, target)
        preconditionFailure("an abandoned thread was resumed")
    }

    /// The next thread to run: due timers first join the ready queue; when nothing is ready the clock jumps to the
    /// earliest deadline. Nil when nothing can ever run again (deadlock), or when the search cut the run short.
    private func nextToRun() -> ThreadCore? {
        expireDueTimers()
        while ready.isEmpty, !hasLiveDueTimeouts(), let deadline = timers.earliestLiveDeadline() {
            if deadline > clock { guide?.noteClockAdvanced() }
            clock = max(clock, deadline)
            expireDueTimers()
        }
        while true {
            let hasDue = hasLiveDueTimeouts()
            if ready.isEmpty && !hasDue { return nil }
            let choice = picker.pickNext(ready: ready.indices, timers: hasDue ? dueTimeouts.map(\.core.index) : [])
            if picker.pruned { return nil }
            if choice < ready.count { return ready.remove(at: choice) }
            fireTimeout(choice - ready.count)
        }
    }

    /// The timers due now: plain sleeps (and, unless the picker `splitsTimeouts`, every waiter) time out and join the
    /// ready queue in deadline order; notifiable waiters otherwise wait in `dueTimeouts` for their time-out's turn.
    private func expireDueTimers() {
        guard picker.splitsTimeouts else {
            timers.expire(upTo: clock, into: &ready)
            return
        }
        for waiter in timers.takeDue(upTo: clock) {
            if waiter.notifiable {
                dueTimeouts.append(waiter)
            } else if waiter.tryTimeOut() {
                ready.append(waiter.core)
            }
        }
    }

    /// Whether a due time-out still waits for its turn, once the waiters notified meanwhile are dropped from
    /// `dueTimeouts` (no array copied: this runs at every scheduling point).
    private func hasLiveDueTimeouts() -> Bool {
        if dueTimeouts.isEmpty { return false }
        dueTimeouts.removeAll { !$0.isWaiting }
        return !dueTimeouts.isEmpty
    }

    /// Fires the `index`-th due time-out: its thread wakes timed out (a search step of its own).
    private func fireTimeout(_ index: Int) {
        let waiter = dueTimeouts.remove(at: index)
        if waiter.tryTimeOut() { ready.append(waiter.core) }
    }

    /// How a run the search cut short ends (its result is discarded).
    private static let prunedOutcome = RunOutcome.stepLimitExceeded("cut short by the exhaustive search")

    private func endRun(_ outcome: RunOutcome) {
        guard !control.hasEnded else { return }
        self.outcome = outcome
        control.ended.store(true, ordering: .relaxed)
        recorder.close()
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

    /// A thread of this (ended) run that reaches the runtime again stops here (other threads carry on), unless it is
    /// being unwound: then a scheduling point (`wait` nil), or a wait that fails by throwing (`wait` true), returns at
    /// once while its budget lasts.
    private func abandonIfOurs(wait failsByThrowing: Bool? = nil) {
        guard let core = Context.bound, core.world.runtime === self, core.fiber != nil else { return }
        let goOn = lock.withLock { () -> Bool in
            guard unwinding, unwindBudget > 0, failsByThrowing != false else { return false }
            unwindBudget -= 1
            return true
        }
        if !goOn { leave(core) }
    }
}

/// What a new fiber runs: the thread's body, then the switch to whoever runs next.
private final class FiberStart {
    let runtime: SimulatedRuntime
    let core: ThreadCore
    let body: @Sendable () -> Void

    init(runtime: SimulatedRuntime, core: ThreadCore, body: @escaping @Sendable () -> Void) {
        self.runtime = runtime
        self.core = core
        self.body = body
    }

    /// Runs the body and releases everything it holds; returns the final switch's (from, to).
    static func run(_ raw: UnsafeMutableRawPointer) -> (OpaquePointer, OpaquePointer) {
        let start = Unmanaged<FiberStart>.fromOpaque(raw).takeRetainedValue()
        start.body()
        return start.runtime.fiberEnded(start.core)
    }
}

/// The entry of every fiber: it never returns (nothing is below it on its stack), it switches away.
private let fiberEntry: @convention(c) (UnsafeMutableRawPointer?) -> Void = { raw in
    let (from, to) = FiberStart.run(raw!)
    cthreading_fiber_switch(from, to)
    preconditionFailure("a finished thread was resumed")
}
