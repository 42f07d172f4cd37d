import Synchronization

/// What a blocked thread waits on, as shown in traces and deadlock reports.
struct BlockReason: Sendable {
    /// `Lock#2`, `Event#1`, `Queue#1.get`, `join Thread-1 (worker)`, `sleep 1.0`, …
    let what: String
    /// The OS thread (`currentOSThread()`) that holds the awaited object, when that makes sense (locks).
    let holder: (@Sendable () -> UInt?)?
    /// True when the caller throws if the wait ends without a notification after the run ended (`RunEnded`: a queue's
    /// `get`, a condition's `wait`, translated code's `time.sleep` and `Event.wait`): a thread left blocked in it can
    /// be unwound.
    let failsByThrowing: Bool

    init(_ what: String, holder: (@Sendable () -> UInt?)? = nil, failsByThrowing: Bool = false) {
        self.what = what
        self.holder = holder
        self.failsByThrowing = failsByThrowing
    }
}

/// One parked thread's ticket: created by the thread that blocks, resolved exactly once — notified by another thread
/// or timed out by the runtime.
final class Waiter: @unchecked Sendable {
    static let waiting = 0, notified = 1, timedOut = 2

    let core: ThreadCore
    let reason: BlockReason
    /// False for a plain sleep: nothing but its deadline ends it, so its time-out never races a notification.
    let notifiable: Bool
    /// The search watching the run, if any, and the waiter's name in its footprints (notifying it and timing it out
    /// do not commute).
    private let observer = StepFootprint.current
    private let searchID: UInt
    private let state = Atomic<Int>(Waiter.waiting)

    init(core: ThreadCore, reason: BlockReason, notifiable: Bool = true) {
        self.core = core
        self.reason = reason
        self.notifiable = notifiable
        searchID = StepFootprint.objectID(under: observer, fallback: 0)
    }

    var isWaiting: Bool { state.load(ordering: .acquiring) == Waiter.waiting }
    var wasNotified: Bool { state.load(ordering: .acquiring) == Waiter.notified }

    /// Claims the waiter for a wake-up; false if it already timed out (or was notified).
    func tryNotify() -> Bool {
        observer?.noteWrite(searchID)
        return state.compareExchange(
            expected: Waiter.waiting, desired: Waiter.notified, ordering: .acquiringAndReleasing
        )
        .exchanged
    }

    /// Claims the waiter for a time-out; false if it was notified first.
    func tryTimeOut() -> Bool {
        if notifiable { observer?.noteWrite(searchID) }  // a plain sleep's end races nothing
        return state.compareExchange(
            expected: Waiter.waiting, desired: Waiter.timedOut, ordering: .acquiringAndReleasing
        )
        .exchanged
    }
}
