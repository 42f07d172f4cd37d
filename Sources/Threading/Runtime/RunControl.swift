import Synchronization

/// The part of a runtime's state a primitive checks inline at a scheduling point (`SchedulingPoint`), so that the
/// real runtime costs a load rather than a call: the runtime is called only if it sees every operation or the run
/// has ended.
final class RunControl: Sendable {
    /// True when the runtime must see every operation (the simulation counts and may switch there); false when it
    /// only needs to hear of operations after the run ended (the real runtime, to stop abandoned threads).
    let seesEveryOperation: Bool
    /// Set once when the run ends.
    let ended = Atomic<Bool>(false)

    init(seesEveryOperation: Bool) { self.seesEveryOperation = seesEveryOperation }

    var hasEnded: Bool { ended.load(ordering: .relaxed) }
}
