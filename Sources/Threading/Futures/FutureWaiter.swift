/// CPython's `_Waiter` family: what `wait()` and `as_completed()` install on futures to learn when they finish.
/// The futures call `add(_:failed:)` with their condition held; `event` is set when the waiting call should look.
/// `finished` and `pendingCalls` are guarded by `lock` (a `Lock` of the run, like `_AsCompletedWaiter.lock`).
final class FutureWaiter: @unchecked Sendable {
    enum Kind {
        /// `as_completed`: wake on every completion.
        case asCompleted
        /// `wait(return_when: FIRST_COMPLETED)`.
        case firstCompleted
        /// `wait(return_when: ALL_COMPLETED or FIRST_EXCEPTION)`; with `stopOnException`, a failure wakes at once.
        case allCompleted(stopOnException: Bool)
    }

    let kind: Kind
    let event: Event
    let lock: Lock
    private var finished: [AnyFuture] = []
    private var pendingCalls: Int

    init(_ kind: Kind, pendingCalls: Int = 0) {
        self.kind = kind
        let label = Context.world.label("FutureWaiter")
        event = Event(label: label)
        lock = Lock(label: "\(label).lock")
        self.pendingCalls = pendingCalls
    }

    /// A future finished (`failed`: with an exception) or was cancelled (`add_result`, `add_exception`,
    /// `add_cancelled`).
    func add(_ future: AnyFuture, failed: Bool = false) {
        lock.with {
            finished.append(future)
            switch kind {
            case .asCompleted, .firstCompleted:
                event.set()
            case .allCompleted(let stopOnException):
                if failed && stopOnException {
                    event.set()
                } else {
                    pendingCalls -= 1
                    if pendingCalls == 0 { event.set() }
                }
            }
        }
    }

    /// The futures added since the last call, oldest first; clears `event` (as_completed's consumer step).
    func takeFinished() -> [AnyFuture] {
        lock.with {
            defer { finished = [] }
            event.clear()
            return finished
        }
    }

    /// The futures added so far.
    var finishedFutures: [AnyFuture] { lock.with { finished } }
}
