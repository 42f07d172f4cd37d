import CThreadingShims

/// What one step of a run touched (a step: what one thread does between two scheduling choices): the tracked
/// internal locks it took, whether it wrote output, whether it ended the run. Two steps commute when their footprints
/// share nothing (`isIndependent(of:)`): running them in either order reaches the same state.
final class StepFootprint: @unchecked Sendable {
    /// Stands for "wrote to stdout or stderr" (one object: the order of all output is observed).
    static let output: UInt = 1
    /// Stands for "ended the run": dependent with every other step.
    static let everything: UInt = 2

    /// The objects of the step running now; only the carrier of the run touches it.
    private var objects: [UInt] = []
    /// The last object number given out in this run (numbers below 16 are reserved for the tokens above).
    private var nextObjectID: UInt = 16

    /// Records `object` in the footprint `raw` (an unretained `StepFootprint`, from the carrier's thread-local slot).
    static func note(_ object: UInt, in raw: UnsafeMutableRawPointer) {
        Unmanaged<StepFootprint>.fromOpaque(raw).takeUnretainedValue().add(object)
    }

    /// Records `object` in the footprint of the calling thread's step, when exhaustive search watches it.
    static func noteCurrent(_ object: UInt) {
        if let raw = cthreading_current_footprint() { note(object, in: raw) }
    }

    /// A number for an object created now: the next in the searched run's creation order (0 outside a search).
    static func newObjectID() -> UInt {
        guard let raw = cthreading_current_footprint() else { return 0 }
        let footprint = Unmanaged<StepFootprint>.fromOpaque(raw).takeUnretainedValue()
        footprint.nextObjectID += 1
        return footprint.nextObjectID
    }

    /// A run begins on the calling thread (it creates the run's world): nothing recorded, numbering from the start,
    /// and this footprint watches the calling thread until `leave()`.
    func enter() {
        objects.removeAll(keepingCapacity: true)
        nextObjectID = 16
        cthreading_set_current_footprint(Unmanaged.passUnretained(self).toOpaque())
    }

    /// The calling thread is no longer watched (the run goes on on its carrier).
    func leave() { cthreading_set_current_footprint(nil) }

    private func add(_ object: UInt) {
        if !objects.contains(object) { objects.append(object) }
    }

    /// The objects recorded since the last `take()`, and a fresh start.
    func take() -> Footprint {
        defer { objects.removeAll(keepingCapacity: true) }
        return Footprint(objects: objects)
    }
}

/// The objects one finished step touched.
struct Footprint: Sendable, Equatable {
    let objects: [UInt]

    /// True when the steps share no object (and neither ended the run).
    func isIndependent(of other: Footprint) -> Bool {
        if objects.contains(StepFootprint.everything) || other.objects.contains(StepFootprint.everything) {
            return false
        }
        return !objects.contains { other.objects.contains($0) }
    }
}
