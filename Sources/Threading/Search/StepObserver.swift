import CThreadingShims

/// What an exhaustive search watches in a run: the objects each step touches, and names for the objects the run
/// creates. A searched run's world holds one (`World.stepObserver`), and so does every object created in that run
/// (it is taken once, when the object is made); everywhere else it is nil, so a primitive of the real runtime pays a
/// nil check and no call.
protocol StepObserver: AnyObject {
    /// The running step wrote `object` (took a lock, wrote output, set a variable).
    func noteWrite(_ object: UInt)
    /// The running step only read `object`.
    func noteRead(_ object: UInt)
    /// A name for an object created now, the same in every run that only reorders commuting steps.
    func newObjectID() -> UInt
}

extension StepFootprint: StepObserver {
    /// The observer of the searched run built or carried on the calling thread, if any (read when an object is made,
    /// never on a fast path).
    static var current: (any StepObserver)? {
        cthreading_current_footprint().map { Unmanaged<StepFootprint>.fromOpaque($0).takeUnretainedValue() }
    }

    /// A name for an object created now under `observer`, or `fallback` outside a search.
    static func objectID(under observer: (any StepObserver)?, fallback: UInt) -> UInt {
        observer?.newObjectID() ?? fallback
    }
}
