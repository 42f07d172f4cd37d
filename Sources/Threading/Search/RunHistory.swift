/// One step of a searched run as the search saw it: who took it (a thread, or the time-out of one), what it touched,
/// and which earlier steps happen before it.
struct SearchEvent {
    /// The choice that ran it: a thread index, or `-(index + 1)` for the time-out of thread `index`.
    let choice: Int
    /// The thread it belongs to (a time-out counts as a step of the thread it wakes).
    let slot: Int
    let footprint: Footprint
    /// Its position among its thread's steps, from 1.
    let sequence: Int
    /// For each thread, how many of its steps happen before this one (this one included for its own thread).
    let clock: [Int]
    /// Earlier steps in a reversible race with this one: dependent, of another thread, ordered only by this run.
    let races: [Int]

    /// The thread a choice belongs to.
    static func slot(of choice: Int) -> Int { choice >= 0 ? choice : -choice - 1 }
}

/// The steps of the run going on, with their happens-before order as vector clocks: a step comes after its thread's
/// previous step, after the step that enabled its thread (a wake-up, a start, a time-out falling due), after every
/// earlier step it conflicts with (their footprints are dependent), and after everything when the virtual clock
/// advanced during it (every thread was blocked then, so nothing earlier can be reordered past it).
///
/// Races are noted for the steps from `firstNew` on (earlier ones were analysed in the run that first took them).
struct RunHistory {
    private struct Accesses {
        var lastWrite: Int?
        var readsSince: [Int] = []
    }

    private(set) var events: [SearchEvent] = []
    private var accesses: [UInt: Accesses] = [:]
    /// The last step of each thread.
    private var lastOfSlot: [Int?] = []
    /// The step that enabled each thread's next step, when one did.
    private var enablerOfSlot: [Int?] = []
    /// The join of every step's clock.
    private var everything: [Int] = []

    /// Forgets the run (a new one starts).
    mutating func reset() {
        events.removeAll(keepingCapacity: true)
        accesses.removeAll(keepingCapacity: true)
        lastOfSlot.removeAll(keepingCapacity: true)
        enablerOfSlot.removeAll(keepingCapacity: true)
        everything.removeAll(keepingCapacity: true)
    }

    /// Thread `slot`'s next step was enabled by the last step recorded.
    mutating func enabled(slot: Int) {
        guard let last = events.indices.last else { return }
        grow(to: slot)
        enablerOfSlot[slot] = last
    }

    /// Records the step `choice` just ran; `advancedClock`: the virtual clock moved during it. Notes its races when
    /// `noteRaces`.
    mutating func append(choice: Int, footprint: Footprint, advancedClock: Bool, noteRaces: Bool) {
        let slot = SearchEvent.slot(of: choice)
        grow(to: slot)
        let index = events.count
        var clock = lastOfSlot[slot].map { events[$0].clock } ?? []
        var predecessors: [Int] = []
        if let previous = lastOfSlot[slot] { predecessors.append(previous) }
        let enabler = enablerOfSlot[slot]
        if let enabler {
            Self.join(&clock, events[enabler].clock)
            predecessors.append(enabler)
            enablerOfSlot[slot] = nil
        }
        if advancedClock {
            Self.join(&clock, everything)
            predecessors.append(contentsOf: lastOfSlot.compactMap { $0 })
        }
        var candidates: [Int] = []
        for object in footprint.objects {
            guard let access = accesses[object] else { continue }
            if let write = access.lastWrite { candidates.append(write) }
            candidates.append(contentsOf: access.readsSince)
        }
        for object in footprint.reads {
            if let write = accesses[object]?.lastWrite { candidates.append(write) }
        }
        for candidate in candidates { Self.join(&clock, events[candidate].clock) }
        let sequence = (lastOfSlot[slot].map { events[$0].sequence } ?? 0) + 1
        if clock.count <= slot { clock.append(contentsOf: repeatElement(0, count: slot + 1 - clock.count)) }
        clock[slot] = sequence

        var races: [Int] = []
        if noteRaces {
            let all = predecessors + candidates
            for candidate in Set(candidates).sorted() where events[candidate].slot != slot && candidate != enabler {
                if !all.contains(where: { $0 != candidate && happensBefore(candidate, $0) }) { races.append(candidate) }
            }
        }
        for object in footprint.objects { accesses[object] = Accesses(lastWrite: index) }
        for object in footprint.reads { accesses[object, default: Accesses()].readsSince.append(index) }
        lastOfSlot[slot] = index
        Self.join(&everything, clock)
        events.append(
            SearchEvent(
                choice: choice, slot: slot, footprint: footprint, sequence: sequence, clock: clock, races: races))
    }

    /// True when step `earlier` happens before step `later` in this run.
    func happensBefore(_ earlier: Int, _ later: Int) -> Bool {
        guard earlier < later else { return false }
        let event = events[earlier]
        let clock = events[later].clock
        return event.slot < clock.count && clock[event.slot] >= event.sequence
    }

    /// The steps after `event` that do not happen after it, in run order (`notdep` in the papers).
    func notAfter(_ event: Int) -> [Int] {
        ((event + 1)..<events.count).filter { !happensBefore(event, $0) }
    }

    /// What identifies the run's Mazurkiewicz class (two runs have the same iff they only reorder commuting steps):
    /// each thread's steps with their footprints, and the order of every two dependent steps of different threads.
    /// When the run ended (`StepFootprint.endOfRun`), the steps of abandoned daemon threads that neither the output
    /// nor the end depend on are left out: whether a daemon took them before it was abandoned changes nothing the run
    /// printed, so the search takes such runs as one (tests and benchmarks count classes with this key).
    var classKey: String {
        let kept = stepsThePrintedOutputDependsOn
        let steps = events.map { "\($0.slot).\($0.sequence)" }
        var parts = kept.map { "\(steps[$0])=\(events[$0].footprint.objects)/\(events[$0].footprint.reads)" }
        for (position, later) in kept.enumerated() {
            for earlier in kept[..<position] where events[earlier].slot != events[later].slot {
                if !events[earlier].footprint.isIndependent(of: events[later].footprint) {
                    parts.append("\(steps[earlier])<\(steps[later])")
                }
            }
        }
        return parts.sorted().joined(separator: ";")
    }

    /// The steps the class is made of: every step, or, in a run that ended, those that come before a step that wrote
    /// output (the end counts as one).
    private var stepsThePrintedOutputDependsOn: [Int] {
        guard events.contains(where: { $0.footprint.objects.contains(StepFootprint.endOfRun) }) else {
            return Array(events.indices)
        }
        var reach: [Int] = []
        for event in events where event.footprint.objects.contains(StepFootprint.output) {
            Self.join(&reach, event.clock)
        }
        return events.indices.filter { events[$0].slot < reach.count && events[$0].sequence <= reach[events[$0].slot] }
    }

    private mutating func grow(to slot: Int) {
        if lastOfSlot.count <= slot {
            lastOfSlot.append(contentsOf: repeatElement(nil, count: slot + 1 - lastOfSlot.count))
            enablerOfSlot.append(contentsOf: repeatElement(nil, count: slot + 1 - enablerOfSlot.count))
        }
    }

    private static func join(_ clock: inout [Int], _ other: [Int]) {
        if clock.count < other.count { clock.append(contentsOf: repeatElement(0, count: other.count - clock.count)) }
        for (slot, count) in other.enumerated() where count > clock[slot] { clock[slot] = count }
    }
}
