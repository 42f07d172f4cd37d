import CThreadingShims

/// The OS threads that carry simulated runs: each run's fibers execute on one carrier, which goes back to the pool when
/// the run is over, so a run costs no thread creation. A carrier stuck in a run (a thread that never reaches a
/// scheduling point) simply never comes back; later runs get a new one.
final class CarrierPool: @unchecked Sendable {
    static let shared = CarrierPool()

    private let lock = InternalLock(tracked: false)
    private var idle: [Carrier] = []

    /// Runs `job` on an idle carrier (a new one when none is idle), passing the carrier's own context to switch from.
    func carry(_ job: @escaping @Sendable (OpaquePointer) -> Void) {
        let carrier = lock.withLock { idle.popLast() } ?? Carrier(pool: self)
        carrier.hand(job)
    }

    fileprivate func returned(_ carrier: Carrier) {
        lock.withLock { idle.append(carrier) }
    }
}

/// One parked OS thread of the pool and the job handed to it.
private final class Carrier: @unchecked Sendable {
    private let wake = BatonSemaphore()
    private let lock = InternalLock(tracked: false)
    private var job: (@Sendable (OpaquePointer) -> Void)?

    init(pool: CarrierPool) {
        spawnOSThread(detached: true) { [self] in
            guard let base = cthreading_fiber_for_thread() else { preconditionFailure("out of memory for a carrier") }
            while true {
                wake.wait()
                let next = lock.withLock { () -> (@Sendable (OpaquePointer) -> Void)? in
                    defer { job = nil }
                    return job
                }
                next?(base)
                pool.returned(self)
            }
        }
    }

    func hand(_ job: @escaping @Sendable (OpaquePointer) -> Void) {
        lock.withLock { self.job = job }
        wake.post()
    }
}
