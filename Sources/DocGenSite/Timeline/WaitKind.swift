/// What kind of thing a blocked thread waits on, read from `TraceEvent.Kind.blocked(on:)` (`Lock#2`, `Event#1`,
/// `Queue#1.get`, `join Thread-1`, `sleep 1.0`, `timer 1.0`, …). Used to style and name blocked periods.
enum WaitKind: String, CaseIterable {
    case sleep, timer, join, queue, condition, semaphore, barrier, event, lock, other

    init(blockedOn target: String) {
        let lowered = target.lowercased()
        if lowered.hasPrefix("sleep") {
            self = .sleep
        } else if lowered.hasPrefix("timer") {
            // A `Timer` waiting out its interval (on an event that `cancel()` sets).
            self = .timer
        } else if lowered.hasPrefix("join") {
            self = .join
        } else {
            // Checked in this order so e.g. `Queue#1.get` (a queue's internal condition) reads as a queue.
            let ordered: [WaitKind] = [.queue, .condition, .semaphore, .barrier, .event, .lock]
            self = ordered.first { lowered.contains($0.rawValue) } ?? .other
        }
    }
}
