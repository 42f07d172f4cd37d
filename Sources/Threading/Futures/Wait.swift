/// When `concurrent.futures.wait` returns.
public enum ReturnWhen: String, Sendable {
    /// When any future finishes or is cancelled.
    case FIRST_COMPLETED
    /// When any future finishes by raising; if none does, when all are done.
    case FIRST_EXCEPTION
    /// When every future is done.
    case ALL_COMPLETED
}

extension concurrent.futures {
    /// `concurrent.futures.wait(fs, timeout=…, return_when=…)`: waits until `return_when` holds or `timeout` seconds
    /// pass (nil: no limit), and returns the futures done by then and the others (`DoneAndNotDoneFutures`, so both
    /// `let (done, not_done) = …` and `.done` work).
    public static func wait<F: AnyFuture>(
        _ futures: some Sequence<F>, timeout: Double? = nil, return_when: ReturnWhen = .ALL_COMPLETED
    ) -> (done: Set<F>, not_done: Set<F>) {
        var seen = Set<F>()
        // Each future once, in the caller's order: steps taken per future then come in the same order in every run
        // of a schedule (a Set's order follows addresses).
        let list = Array(futures).filter { seen.insert($0).inserted }
        let all = Set(list)
        var done = Set<F>()
        // With every condition held: return at once if `return_when` already holds, else install a waiter.
        let waiter: FutureWaiter? = withConditions(of: list) {
            done = all.filter { $0.state.isCompleted }
            if return_when == .FIRST_COMPLETED, !done.isEmpty { return nil }
            if return_when == .FIRST_EXCEPTION, done.contains(where: { !$0.state.isCancelled && $0.error != nil }) {
                return nil
            }
            if done.count == all.count { return nil }
            let kind: FutureWaiter.Kind =
                switch return_when {
                case .FIRST_COMPLETED: .firstCompleted
                case .FIRST_EXCEPTION: .allCompleted(stopOnException: true)
                case .ALL_COMPLETED: .allCompleted(stopOnException: false)
                }
            let pendingCount = all.filter { !$0.state.isCompleted }.count
            let waiter = FutureWaiter(kind, pendingCalls: pendingCount)
            for future in list { future.waiters.append(waiter) }
            return waiter
        }
        guard let waiter else { return (done, all.subtracting(done)) }
        waiter.event.wait(timeout: timeout)
        for future in list {
            future.condition.with { future.waiters.removeAll { $0 === waiter } }
        }
        for future in waiter.finishedFutures { if let future = future as? F { done.insert(future) } }
        return (done, all.subtracting(done))
    }
}
