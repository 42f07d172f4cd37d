import CThreadingShims
import Synchronization

/// Collects one run's events in order (one lock), at most `eventLimit` of them (the first), streams output to `echo`,
/// and drops everything once closed.
final class TraceRecorder: @unchecked Sendable {
    private let lock = InternalLock(tracked: false)
    private var events: [TraceEvent] = []
    private var closed = false
    private let echo: (@Sendable (StdStream, String) -> Void)?
    /// Whether `.started/.blocked/.woke/.exited` are kept (output always is).
    let recordsLifecycle: Bool
    /// How many events are kept at most: the first ones.
    private let eventLimit: Int
    /// The ambient world keeps nothing and writes output straight to the process's stdout/stderr.
    private let passthrough: Bool

    init(
        echo: (@Sendable (StdStream, String) -> Void)?, recordsLifecycle: Bool, eventLimit: Int = .max,
        passthrough: Bool = false
    ) {
        self.echo = echo
        self.recordsLifecycle = recordsLifecycle
        self.eventLimit = eventLimit
        self.passthrough = passthrough
        if !passthrough {
            events.reserveCapacity(min(Self.lastCount.load(ordering: .relaxed), 1 << 16, eventLimit))
        }
    }

    /// How many events the last run recorded, in this process: the next run reserves as many (the runs of one
    /// exploration are alike), so its list does not grow by copying. Only a hint: it changes no run's events.
    private static let lastCount = Atomic<Int>(0)

    func record(time: Double, core: ThreadCore, _ kind: TraceEvent.Kind) {
        if case .output(let stream, let text) = kind {
            output(time: time, core: core, stream: stream, text: text)
            return
        }
        guard recordsLifecycle, !passthrough else { return }
        let event = TraceEvent(time: time, threadIndex: core.index, threadName: core.name, kind: kind)
        lock.withLock {
            if !closed, events.count < eventLimit { events.append(event) }
        }
    }

    private func output(time: Double, core: ThreadCore, stream: StdStream, text: String) {
        if passthrough {
            cthreading_write(text, stream == .stdout ? 0 : 1)
            return
        }
        let event = TraceEvent(time: time, threadIndex: core.index, threadName: core.name, kind: .output(stream, text))
        lock.withLock {
            guard !closed else { return }
            if events.count < eventLimit { events.append(event) }
            echo?(stream, text)
        }
    }

    /// Stops recording: whatever abandoned threads do afterwards leaves no trace.
    func close() { lock.withLock { closed = true } }

    var recorded: [TraceEvent] {
        let all = lock.withLock { events }
        if !passthrough { Self.lastCount.store(all.count, ordering: .relaxed) }
        return all
    }

    /// Forgets the events (after `recorded` was taken): threads abandoned when their run ended keep this recorder
    /// alive from their suspended frames, and must not keep the run's whole trace with it.
    func discard() { lock.withLock { events = [] } }
}
