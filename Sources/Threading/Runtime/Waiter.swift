import Synchronization

/// What a blocked thread waits on, as shown in traces and deadlock reports.
struct BlockReason: Sendable {
    /// `Lock#2`, `Event#1`, `Queue#1.get`, `join Thread-1 (worker)`, `sleep 1.0`, …
    let what: String
    /// The OS thread (`currentOSThread()`) that holds the awaited object, when that makes sense (locks).
    let holder: (@Sendable () -> UInt?)?

    init(_ what: String, holder: (@Sendable () -> UInt?)? = nil) {
        self.what = what
        self.holder = holder
    }
}

/// One parked thread's ticket: created by the thread that blocks, resolved exactly once — notified by another thread
/// or timed out by the runtime.
final class Waiter: @unchecked Sendable {
    static let waiting = 0, notified = 1, timedOut = 2

    let core: ThreadCore
    let reason: BlockReason
    private let state = Atomic<Int>(Waiter.waiting)

    init(core: ThreadCore, reason: BlockReason) {
        self.core = core
        self.reason = reason
    }

    var isWaiting: Bool { state.load(ordering: .acquiring) == Waiter.waiting }
    var wasNotified: Bool { state.load(ordering: .acquiring) == Waiter.notified }

    /// Claims the waiter for a wake-up; false if it already timed out (or was notified).
    func tryNotify() -> Bool {
        state.compareExchange(expected: Waiter.waiting, desired: Waiter.notified, ordering: .acquiringAndReleasing)
            .exchanged
    }

    /// Claims the waiter for a time-out; false if it was notified first.
    func tryTimeOut() -> Bool {
        state.compareExchange(expected: Waiter.waiting, desired: Waiter.timedOut, ordering: .acquiringAndReleasing)
            .exchanged
    }
}
