/// Runs `main` as Python's main thread of a fresh program (thread counter at 1, new `logging` configuration, `random`
/// seeded, virtual clock at 2026-01-01 00:00:00 UTC), then, as Python does, waits for its non-daemon threads and
/// abandons daemon threads. Returns everything printed, the thread life-cycle events and how the run ended.
///
/// Callable many times, also concurrently, in one process.
@_spi(Harness) public func runProgram(_ options: RunOptions = .init(), main: @escaping @Sendable () throws -> Void)
    -> RunResult
{
    let recorder = TraceRecorder(
        echo: options.echo, recordsLifecycle: options.recordsLifecycle, eventLimit: options.eventLimit)
    switch options.runtime {
    case .simulated:
        // Under a search, the objects created here are numbered like those the run creates (see `StepFootprint`).
        if let guide = options.guide { guide.recorder.enter() }
        let runtime = SimulatedRuntime(
            recorder: recorder, schedule: options.schedule, stepLimit: options.stepLimit, guide: options.guide)
        let world = World(runtime: runtime, recorder: recorder, randomSeed: options.randomSeed)
        launchMain(in: world, main)
        if let guide = options.guide { guide.recorder.leave() }
        runtime.start()
        let outcome = runtime.waitForEnd(stallTimeout: options.stallTimeout)
        let result = RunResult(events: recorder.recorded, outcome: outcome, schedule: runtime.scheduleString)
        // A thread left running (stalled) may still touch the world; leave it be. Otherwise drop what the run's
        // abandoned threads (daemons, a cut-short search run) would keep alive from their never-resumed frames.
        if !runtime.leftARunawayThread {
            world.tearDown()
            recorder.discard()
            runtime.discardSchedule()
        }
        return result
    case .real:
        let runtime = RealRuntime(recorder: recorder)
        let world = World(runtime: runtime, recorder: recorder, randomSeed: options.randomSeed)
        launchMain(in: world, main)
        let outcome = runtime.waitForEnd()
        return RunResult(events: recorder.recorded, outcome: outcome, schedule: runtime.scheduleString)
    }
}

private func launchMain(in world: World, _ main: @escaping @Sendable () throws -> Void) {
    let core = world.makeCore(name: "MainThread", targetName: nil)
    let thread = Thread(main: core)
    core.thread = thread
    world.mainThread = thread
    world.runtime.launch(core) { world.runMain(main) }
}
