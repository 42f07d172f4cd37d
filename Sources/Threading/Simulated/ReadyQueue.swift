/// The simulated runtime's FIFO of runnable threads, with their indices kept beside them so that the schedule picker
/// reads `indices` as is at every scheduling point (no array built, no thread object retained per look).
/// Guarded by the runtime's lock.
struct ReadyQueue {
    private var cores: [ThreadCore] = []
    /// The thread indices of `cores`, in the same order.
    private(set) var indices: [Int] = []

    var isEmpty: Bool { cores.isEmpty }
    var count: Int { cores.count }

    mutating func append(_ core: ThreadCore) {
        cores.append(core)
        indices.append(core.index)
    }

    mutating func removeFirst() -> ThreadCore { remove(at: 0) }

    mutating func remove(at position: Int) -> ThreadCore {
        indices.remove(at: position)
        return cores.remove(at: position)
    }

    mutating func removeAll() {
        cores.removeAll()
        indices.removeAll()
    }
}
