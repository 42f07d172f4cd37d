/// Python's `concurrent.futures.as_completed(fs)` without a timeout: the futures, each as soon as it is done
/// (those already done first, then in the order they finish); duplicates once. It never raises, so it is a plain
/// Sequence:
///
///     for future in as_completed(futures) { print(try future.result()) }
public struct AsCompleted<F: AnyFuture>: Sequence, IteratorProtocol {
    private let run: AsCompletedRun<F>

    init(_ futures: [F]) { run = AsCompletedRun(futures, timeout: nil) }

    public mutating func next() -> F? {
        if case .future(let future) = run.step() { return future }
        return nil
    }
}

/// `as_completed(fs)`: see `AsCompleted`.
public func as_completed<F: AnyFuture>(_ futures: some Sequence<F>) -> AsCompleted<F> {
    AsCompleted(Array(futures))
}

/// `as_completed(fs, timeout=…)`: the same, but `next()` throws TimeoutError "N (of M) futures unfinished" once
/// `timeout` seconds have passed since the first `next()` (nil: no limit).
public func as_completed<F: AnyFuture>(_ futures: some Sequence<F>, timeout: Double?) -> ResultIterator<F> {
    let run = AsCompletedRun(Array(futures), timeout: timeout)
    return ResultIterator(
        next: {
            switch run.step() {
            case .future(let future): return future
            case .end: return nil
            case .timedOut(let message): throw TimeoutError(message)
            }
        },
        close: { run.finish() })
}

/// The generator behind `as_completed`, step by step (CPython's `as_completed` with `_AsCompletedWaiter`).
final class AsCompletedRun<F: AnyFuture>: @unchecked Sendable {
    enum Step {
        case future(F)
        case end
        case timedOut(String)
    }

    private let futures: [F]
    private let timeout: Double?
    private var started = false
    private var ended = false
    private var endTime: Double?
    private var waiter: FutureWaiter?
    /// Done futures still to give out, the next one last.
    private var ready: [F] = []
    /// Not yet given out (`fs`), and not yet done (`pending`).
    private var unyielded: [F] = []
    private var pending: Set<F> = []

    init(_ futures: [F], timeout: Double?) {
        var seen = Set<F>()
        self.futures = futures.filter { seen.insert($0).inserted }
        self.timeout = timeout
    }

    func step() -> Step {
        if ended { return .end }
        if !started { start() }
        while true {
            if let future = ready.popLast() {
                unyielded.removeAll { $0 === future }
                pending.remove(future)
                if let waiter { future.condition.with { future.waiters.removeAll { $0 === waiter } } }
                return .future(future)
            }
            if pending.isEmpty {
                finish()
                return .end
            }
            var waitTimeout: Double?
            if let endTime {
                waitTimeout = endTime - Context.world.runtime.now
                // CPython tests `< 0`, but its clock always moves on a little; a virtual clock may not have.
                if waitTimeout! <= 0 {
                    let message = "\(pending.count) (of \(futures.count)) futures unfinished"
                    finish()
                    return .timedOut(message)
                }
            }
            guard let waiter else { return .end }
            waiter.event.wait(timeout: waitTimeout)
            let finished = waiter.takeFinished().compactMap { $0 as? F }
            ready = finished.reversed()
        }
    }

    private func start() {
        started = true
        let world = Context.world
        endTime = timeout.map { $0 + world.runtime.now }
        let waiter = FutureWaiter(.asCompleted)
        self.waiter = waiter
        withConditions(of: futures) {
            let done = futures.filter { $0.state.isCompleted }
            ready = done.reversed()
            pending = Set(futures.filter { !$0.state.isCompleted })
            for future in futures { future.waiters.append(waiter) }
        }
        unyielded = futures
    }

    /// Python's `finally`: takes the waiter off every future not given out.
    func finish() {
        guard !ended else { return }
        ended = true
        guard let waiter else { return }
        for future in unyielded {
            future.condition.with { future.waiters.removeAll { $0 === waiter } }
        }
        unyielded = []
    }
}

/// CPython's `_AcquireFutures`: runs `body` with every future's condition held, taken in one fixed order (each
/// future once), so two such calls never deadlock. The order is the futures' creation order, not their addresses
/// (CPython's `id()` order), which differ from run to run: an exhaustive search replays a schedule's prefix and
/// needs the same steps again.
func withConditions<F: AnyFuture, R>(of futures: [F], _ body: () throws -> R) rethrows -> R {
    var seen = Set<ObjectIdentifier>()
    let ordered = futures.filter { seen.insert(ObjectIdentifier($0)).inserted }.sorted { $0.serial < $1.serial }
    for future in ordered { future.condition.acquire() }
    defer { for future in ordered.reversed() { try? future.condition.release() } }
    return try body()
}
