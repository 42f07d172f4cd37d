import CThreadingShims

/// What one step of a run touched (a step: what one thread does between two scheduling choices): the tracked
/// internal locks it took, the `@Shared` variables it read or wrote, whether it wrote output, whether it ended the run.
/// Two steps commute when their footprints do not conflict (`isIndependent(of:)`: nothing one writes is read or
/// written by the other): running them in either order reaches the same state.
final class StepFootprint: @unchecked Sendable {
    /// Stands for "wrote to stdout or stderr" (one object: the order of all output is observed).
    static let output: UInt = 1
    /// Stands for "may have done anything": dependent with every other step (a branch whose step is not known yet).
    static let everything: UInt = 2
    /// Stands for every `@Shared` variable created outside a searched run (they cannot be told apart).
    static let unnumberedShared: UInt = 3
    /// Stands for "ended the run" (the main thread's last step: daemon threads are abandoned). The end also counts as
    /// a write to the output, so it is dependent with every step that writes output and with what its own step
    /// touched, not with the other steps of the threads it abandons: ending the run before or after a daemon's step
    /// that prints nothing prints the same, so the search runs one end for each point in the output it can be cut at,
    /// not one for each step of a daemon.
    static let endOfRun: UInt = 4

    /// The objects the step running now wrote (a lock taken counts as a write); only the carrier of the run touches it.
    private var objects: [UInt] = []
    /// The objects it only read.
    private var reads: [UInt] = []
    /// How many objects each thread has created in this run (an object's number is its creator and that count, so
    /// that it is the same in every run that only reorders commuting steps; numbers below 2³² are the tokens above).
    private var created: [UInt] = []
    /// The thread whose step runs now (the search sets it at each choice; the main thread before the first).
    var runningThread = 0

    /// Records `object` in the footprint of the calling thread's step, when exhaustive search watches it.
    static func noteCurrent(_ object: UInt) {
        current?.noteWrite(object)
    }

    /// Records a read of `object` in the footprint of the calling thread's step, when exhaustive search watches it.
    static func noteCurrent(read object: UInt) {
        current?.noteRead(object)
    }

    /// A number for an object created now: its creating thread and its rank among that thread's creations in the
    /// searched run (0 outside a search).
    static func newObjectID() -> UInt {
        current?.newObjectID() ?? 0
    }

    func noteWrite(_ object: UInt) {
        if !objects.contains(object) { objects.append(object) }
    }

    func noteRead(_ object: UInt) {
        if !reads.contains(object) { reads.append(object) }
    }

    /// Its creating thread and its rank among that thread's creations in the searched run.
    func newObjectID() -> UInt {
        let thread = runningThread
        if created.count <= thread { created.append(contentsOf: repeatElement(0, count: thread + 1 - created.count)) }
        created[thread] += 1
        return UInt(thread + 1) << 32 | created[thread]
    }

    /// A run begins on the calling thread (it creates the run's world): nothing recorded, numbering from the start,
    /// and this footprint watches the calling thread until `leave()`.
    func enter() {
        objects.removeAll(keepingCapacity: true)
        reads.removeAll(keepingCapacity: true)
        created.removeAll(keepingCapacity: true)
        runningThread = 0
        cthreading_set_current_footprint(Unmanaged.passUnretained(self).toOpaque())
    }

    /// The calling thread is no longer watched (the run goes on on its carrier).
    func leave() { cthreading_set_current_footprint(nil) }

    /// Stops watching the calling thread for a moment and returns what watched it, for `resume(_:)`: an object made
    /// in between takes no number. For objects of the process rather than of a run (a builtin class), which Swift
    /// makes on first use, maybe inside a searched run: numbered there, they would shift the numbers of that run's own
    /// objects, and only in the first run of the process.
    static func suspend() -> UnsafeMutableRawPointer? {
        let watching = cthreading_current_footprint()
        if watching != nil { cthreading_set_current_footprint(nil) }
        return watching
    }

    /// Watches the calling thread again with what `suspend()` returned.
    static func resume(_ watching: UnsafeMutableRawPointer?) {
        if let watching { cthreading_set_current_footprint(watching) }
    }

    /// The objects recorded since the last `take()`, and a fresh start. Equal footprints are one value (`interned`):
    /// a search keeps the footprint of every step of its wakeup sequences, and most steps touch the same few objects.
    func take() -> Footprint {
        let footprint = intern(Footprint(objects: objects, reads: reads.filter { !objects.contains($0) }))
        objects.removeAll(keepingCapacity: true)
        reads.removeAll(keepingCapacity: true)
        return footprint
    }

    /// The footprints taken so far, each once (with arrays of their own, not the recording buffers).
    private var interned = Set<Footprint>()

    /// The one value equal to `footprint` (consumed, so that the recording buffers it shares are unique again).
    private func intern(_ footprint: consuming Footprint) -> Footprint {
        if let index = interned.firstIndex(of: footprint) { return interned[index] }
        let own = Footprint(objects: footprint.objects.map { $0 }, reads: footprint.reads.map { $0 })
        interned.insert(own)
        return own
    }
}

/// The objects one finished step touched.
struct Footprint: Sendable, Hashable {
    /// What it wrote (locks it took, output, `@Shared` variables it set).
    let objects: [UInt]
    /// What it only read.
    var reads: [UInt] = []

    /// What two steps taken as one touched.
    func merged(with other: Footprint) -> Footprint {
        let written = objects + other.objects.filter { !objects.contains($0) }
        let read = (reads + other.reads).filter { !written.contains($0) }
        return Footprint(objects: written, reads: Array(Set(read)).sorted())
    }

    /// True when neither step writes what the other reads or writes (and neither may have done anything).
    func isIndependent(of other: Footprint) -> Bool {
        if objects.contains(StepFootprint.everything) || other.objects.contains(StepFootprint.everything) {
            return false
        }
        return !objects.contains { other.objects.contains($0) || other.reads.contains($0) }
            && !reads.contains { other.objects.contains($0) }
    }
}
