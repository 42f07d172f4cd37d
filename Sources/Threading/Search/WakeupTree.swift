/// One step of a wakeup sequence: a choice with the footprint its step had when seen.
struct WakeupStep {
    let choice: Int
    let footprint: Footprint
}

/// A branch of a wakeup tree (Abdulla et al., "Optimal dynamic partial order reduction", POPL'14): a step still to
/// explore from a node of the search — a choice with the footprint it had when seen — and the steps to take after it,
/// so that a race seen in one run is reversed in exactly one later run.
///
/// Stored as a path: the steps taken one after another (`path`, never empty), then the branches below its last step
/// (`below`). A reversed race inserts a sequence as long as the rest of a run; kept in one array it costs one
/// allocation instead of a nested branch (an array of children) per step, which on long runs (a producer and a
/// consumer passing ten messages) made the trees of a 2,000-execution search hold over a gigabyte.
struct WakeupBranch {
    /// The steps of this branch's path, first the branch's own; shares storage with the path it was cut from.
    private(set) var path: ArraySlice<WakeupStep>
    /// The branches below the path's last step.
    private(set) var below: [WakeupBranch]

    /// The branch's own step.
    var choice: Int { path[path.startIndex].choice }
    var footprint: Footprint { path[path.startIndex].footprint }

    /// The branches below this branch's own step, in order.
    var children: [WakeupBranch] {
        path.count > 1 ? [WakeupBranch(path: path.dropFirst(), below: below)] : below
    }

    private init(path: ArraySlice<WakeupStep>, below: [WakeupBranch]) {
        self.path = path
        self.below = below
    }

    /// A leaf: `choice` alone, its footprint unknown until taken (so it is taken to commute with nothing).
    init(choice: Int) {
        path = [WakeupStep(choice: choice, footprint: Footprint(objects: [StepFootprint.everything]))]
        below = []
    }

    /// The branch that takes `events` one after another.
    init?(chain events: ArraySlice<Int>, of history: RunHistory) {
        guard !events.isEmpty else { return nil }
        path = ArraySlice(
            events.map { WakeupStep(choice: history.events[$0].choice, footprint: history.events[$0].footprint) })
        below = []
    }

    /// Adds `rest` (what is left of a sequence once this branch's own step is taken) below it, unless the branch
    /// already leads to its class: walks down the path, then the first branch below whose step keeps the class at
    /// each level; a leaf reached, or the sequence used up, means it is covered.
    fileprivate mutating func insert(_ rest: [Int], of history: RunHistory) {
        var rest = rest
        var position = path.startIndex
        while true {
            let isLeaf = position == path.endIndex - 1 && below.isEmpty
            if isLeaf || rest.isEmpty { return }
            guard position < path.endIndex - 1 else {
                WakeupTree.insert(rest, into: &below, of: history)
                return
            }
            let next = path[position + 1]
            guard
                let remaining = WakeupTree.remainder(
                    after: next.choice, footprint: next.footprint, of: rest, in: history)
            else {
                // The sequence leaves the path after `position`: the path splits there into its tail and the sequence.
                let tail = WakeupBranch(path: path[(position + 1)...], below: below)
                path = path[...position]
                below = [tail]
                if let branch = WakeupBranch(chain: rest[...], of: history) { below.append(branch) }
                return
            }
            rest = remaining
            position += 1
        }
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
            branches[position].insert(rest, of: history)
            return
        }
        if let branch = WakeupBranch(chain: sequence[...], of: history) { branches.append(branch) }
    }
}
