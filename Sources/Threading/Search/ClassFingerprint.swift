/// A 128-bit digest of a run's Mazurkiewicz class, for telling in one process whether a class was run before
/// (`RunHistory.classFingerprint`): two runs that only reorder commuting steps have the same one, and two runs of
/// different classes have different ones but with a chance of 2⁻¹²⁸ per pair.
struct ClassFingerprint: Hashable {
    let first: Int
    let second: Int
}

extension RunHistory {
    /// The run's class as a fingerprint: each thread's steps in order, each with its choice, footprint and vector
    /// clock (which of the other threads' steps come before it). Two runs of one class have the same steps and the
    /// same order of every two dependent ones, so the same clocks; two runs with equal clocks order every two dependent
    /// steps alike, so they are of one class.
    var classFingerprint: ClassFingerprint {
        let order = events.indices.sorted {
            (events[$0].slot, events[$0].sequence) < (events[$1].slot, events[$1].sequence)
        }
        var first = Hasher()
        var second = Hasher()
        first.combine(0x5EED_0001 as UInt32)
        second.combine(0x5EED_0002 as UInt32)
        for index in order {
            feed(events[index], into: &first)
            feed(events[index], into: &second)
        }
        return ClassFingerprint(first: first.finalize(), second: second.finalize())
    }

    private func feed(_ event: SearchEvent, into hasher: inout Hasher) {
        hasher.combine(event.choice)
        hasher.combine(event.sequence)
        hasher.combine(event.footprint.objects)
        hasher.combine(event.footprint.reads)
        let significant = event.clock.lastIndex(where: { $0 != 0 }).map { $0 + 1 } ?? 0
        hasher.combine(event.clock[..<significant].count)
        for count in event.clock[..<significant] { hasher.combine(count) }
    }
}
