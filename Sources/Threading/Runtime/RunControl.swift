import Synchronization

/// The part of a runtime's state a primitive checks inline at a scheduling point (`SchedulingPoint`), so that the
/// real runtime costs a load rather than a call: the runtime is called only if it sees every operation or the run
/// has ended.
final class RunControl: Sendable {
    /// True when the runtime must see every operation (the simulation counts and may switch there); false when it
    /// only needs to hear of operations after the run ended (the real runtime, to stop abandoned threads).
    let seesEveryOperation: Bool
    /// True when the runtime may switch threads at a shared access (`SharedAccess`) and between the writes of one
    /// `print`: a simulation whose schedule preempts (random, PCT, replayed, searched). The default schedule never
    /// preempts there, so it skips these points and counts its switch interval as before.
    let preemptsBetweenOperations: Bool
    /// Set once when the run ends.
    let ended = Atomic<Bool>(false)

    init(seesEveryOperation: Bool, preemptsBetweenOperations: Bool = false) {
        self.seesEveryOperation = seesEveryOperation
        self.preemptsBetweenOperations = preemptsBetweenOperations
    }

    var hasEnded: Bool { ended.load(ordering: .relaxed) }

    /// Throws `RunEnded` once the run is over: where a wait that can throw returns without its notification, a thread
    /// the run left blocked there is unwound.
    func unwindIfEnded() throws {
        if hasEnded { throw RunEnded() }
    }
}
