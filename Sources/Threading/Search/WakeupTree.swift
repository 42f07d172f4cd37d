/// A branch of a wakeup tree (Abdulla et al., "Optimal dynamic partial order reduction", POPL'14): a step still to
/// explore from a node of the search — a choice with the footprint it had when seen — and the steps to take after it,
/// so that a race seen in one run is reversed in exactly one later run.
struct WakeupBranch {
    let choice: Int
    let footprint: Footprint
    var children: [WakeupBranch] = []

    /// A leaf: `choice` alone, its footprint unknown until taken (so it is taken to commute with nothing).
    init(choice: Int) {
        self.choice = choice
        footprint = Footprint(objects: [StepFootprint.everything])
    }

    /// The branch that takes `events` one after another.
    init?(chain events: ArraySlice<Int>, of history: RunHistory) {
        guard let first = events.first else { return nil }
        choice = history.events[first].choice
        footprint = history.events[first].footprint
        if let rest = WakeupBranch(chain: events.dropFirst(), of: history) { children = [rest] }
    }
}

/// The operations of optimal DPOR on sequences of a run's steps (`v`, given as indices into `history.events`).
enum WakeupTree {
    /// What is left of `sequence` once `choice` (a step with `footprint`) is taken first, when taking it first keeps
    /// the sequence's class: `choice` is an initial of it (its first step there comes after none of the others), or it
    /// commutes with every step of it. Nil when taking it first leads elsewhere.
    static func remainder(
        after choice: Int, footprint: Footprint, of sequence: [Int], in history: RunHistory
    ) -> [Int]? {
        if let position = sequence.firstIndex(where: { history.events[$0].choice == choice }) {
            let step = sequence[position]
            if sequence[..<position].contains(where: { history.happensBefore($0, step) }) { return nil }
            var rest = sequence
            rest.remove(at: position)
            return rest
        }
        let slot = SearchEvent.slot(of: choice)
        let commutes = sequence.allSatisfy { index in
            let event = history.events[index]
            return event.slot != slot && footprint.isIndependent(of: event.footprint)
        }
        return commutes ? sequence : nil
    }

    /// Adds `sequence` below `branches` unless a branch already leads to its class: walks down the first branch whose
    /// step keeps the class at each level; a leaf reached, or the sequence used up, means it is covered.
    static func insert(_ sequence: [Int], into branches: inout [WakeupBranch], of history: RunHistory) {
        for position in branches.indices {
            let branch = branches[position]
            guard
                let rest = remainder(
                    after: branch.choice, footprint: branch.footprint, of: sequence, in: history)
            else { continue }
            if branch.children.isEmpty || rest.isEmpty { return }
            insert(rest, into: &branches[position].children, of: history)
            return
        }
        if let branch = WakeupBranch(chain: sequence[...], of: history) { branches.append(branch) }
    }
}
