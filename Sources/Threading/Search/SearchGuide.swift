/// The state of a systematic search of one program's schedules by optimal dynamic partial-order reduction (source
/// sets with wakeup trees, Abdulla et al. POPL'14): one execution per Mazurkiewicz class of the program's runs, where
/// two runs are in one class when they only reorder commuting steps (steps whose footprints do not conflict).
///
/// A run is a path of choices (a choice is a thread, or a negative number: the time-out of thread `-choice - 1`
/// fires). The search keeps only the path of the run going on: for each node its choices, its sleep set (choices
/// whose step commutes with everything explored since it was explored: not tried again) and its wakeup tree (the
/// step sequences still to explore from there, each the reversal of a race a run showed). After each run the races
/// of its new steps are reversed into the wakeup trees of the nodes before them; `advance()` then backtracks to the
/// deepest node with a branch left. Memory is bounded by the depth of a run, never by the number of runs.
///
/// During a run the simulated runtime asks it, at every step boundary, which thread runs next (`choose`). Used by
/// one run at a time.
final class SearchGuide: @unchecked Sendable {
    private struct Node {
        /// The threads that may run here (choices, in the runtime's positional order).
        let choosable: [Int]
        /// Whether `choosable[0]` is the running thread carrying on (any other thread is then a preemption).
        let preemptive: Bool
        /// A started thread taking over from its parent: its only choice, and no other thread is disabled by it.
        var handOff = false
        /// Preemptions on the path to this node.
        let preemptionsBefore: Int
        /// Choices not to take here, with the footprint of their step: asleep on arrival, or explored already.
        var sleep: [(choice: Int, footprint: Footprint)]
        /// How many of `sleep`'s entries were asleep on arrival (the rest were explored here).
        var arrivedAsleep = 0
        /// The branches still to explore from here, in order.
        var wakeup: [WakeupBranch]
        var chosen: Int
        /// The footprint of `chosen`'s step (known once the step ends).
        var footprint: Footprint?

        /// A time-out fired (a negative choice) preempts nobody.
        func preemptions(taking choice: Int) -> Int {
            preemptionsBefore + (preemptive && choice != choosable[0] && choice >= 0 ? 1 : 0)
        }
    }

    let preemptionBound: Int?
    /// False: explore every schedule, without reduction (to count a program's classes in tests).
    let reduces: Bool
    /// The part of a split search this search explores (`SearchPart`): every run takes its choices first, and the
    /// search never backtracks into them; of the runs, only the classes the part owns count (`ownsRun`). Nil: the whole
    /// search.
    let part: SearchPart?
    /// Enumerating the parts of a split (`SearchParts`): each run is cut once this many of its nodes had a choice
    /// between several threads, and those nodes explore every choice not asleep (no wakeup trees). Nil: a search.
    let expandTo: Int?
    /// Collects the running step's footprint (the carrier points its thread-local slot at it).
    let recorder = StepFootprint()
    private var nodes: [Node] = []
    private var depth = 0
    /// The steps of the run going on and their happens-before order.
    private var history = RunHistory()
    /// The wakeup tree to follow below the node the run branched at.
    private var guidance: [WakeupBranch] = []
    /// The first node whose step is new in this run (the races of earlier ones were reversed already).
    private var firstNew = 0
    /// Set when the virtual clock advances during the running step.
    private var clockAdvanced = false
    /// True when the bound kept some branch unexplored (the search is then not complete).
    private(set) var boundHit = false
    /// True when a replayed prefix met other choices than recorded: the program is not deterministic.
    private(set) var diverged = false
    /// True when the run that just ended was cut short (all its choices asleep or a divergence): not an execution.
    private(set) var pruned = false
    /// True when the run that just ended was cut at `expandTo` (a part of the split begins there).
    private(set) var reachedExpansionDepth = false

    init(preemptionBound: Int?, reduces: Bool = true, part: SearchPart? = nil, expandTo: Int? = nil) {
        self.preemptionBound = preemptionBound
        self.reduces = reduces
        self.part = part
        self.expandTo = expandTo
    }

    /// The steps the nodes of the run that just ended took, each with the choices explored at its node before it: the
    /// part of a split search that begins with them.
    var partTaken: SearchPart {
        let taken = nodes.prefix(depth)
        return SearchPart(
            choices: taken.map(\.chosen), explored: taken.map { node in Array(node.sleep[node.arrivedAsleep...]) },
            preemptions: taken.last.map { $0.preemptions(taking: $0.chosen) } ?? 0)
    }

    /// True when the run that just ended belongs to this search's part (always, outside a split): at none of the
    /// part's nodes could a choice explored there before the part's own have begun the run's class (its next step
    /// does not happen after any step not yet placed), so the enumeration's first choice for this class, at every
    /// node, is the part's. Each class is then counted by exactly one part.
    var ownsRun: Bool {
        guard let part else { return true }
        let events = history.events
        for index in part.choices.indices where index < events.count {
            for (earlier, footprint) in part.explored[index] {
                let slot = SearchEvent.slot(of: earlier)
                guard let next = events[index...].firstIndex(where: { $0.slot == slot }) else {
                    // A thread the run left without another step (a daemon it abandoned): its step could have come
                    // first when it commutes with all that followed.
                    if events[index...].allSatisfy({ footprint.isIndependent(of: $0.footprint) }) { return false }
                    continue
                }
                guard events[next].choice == earlier else { continue }
                var unit = [next]
                while unit.last! + 1 < depth, nodes[unit.last! + 1].handOff { unit.append(unit.last! + 1) }
                if Self.canGoFirst(unit, after: index, in: events) { return false }
            }
        }
        return true
    }

    /// How many of the first nodes a part fixes.
    private var fixed: Int { part?.choices.count ?? 0 }

    /// True when the steps `unit` (a step and the hand-offs right after it) could be taken before the steps from
    /// `start` up to them: none of those is of the same thread or conflicts with them (by footprint, the relation the
    /// enumeration's sleep sets use).
    private static func canGoFirst(_ unit: [Int], after start: Int, in events: [SearchEvent]) -> Bool {
        events[start..<unit[0]].allSatisfy { earlier in
            unit.allSatisfy { member in
                events[member].slot != earlier.slot && events[member].footprint.isIndependent(of: earlier.footprint)
            }
        }
    }

    /// Preemptions of the run that just ended.
    var preemptions: Int { depth > 0 ? nodes[depth - 1].preemptions(taking: nodes[depth - 1].chosen) : 0 }

    /// The Mazurkiewicz class of the run that just ended (see `RunHistory.classKey`).
    var classKey: String { history.classKey }

    /// A digest of that class (see `RunHistory.classFingerprint`).
    var classFingerprint: ClassFingerprint { history.classFingerprint }

    /// The virtual clock moved forward (every thread was blocked): the running step comes after everything before it.
    func noteClockAdvanced() { clockAdvanced = true }

    /// At a step boundary: the position in `choosable` of the thread to run, or nil to cut the run short.
    /// `handOff`: a thread just started takes over from its parent (its only choice).
    func choose(_ choosable: [Int], preemptive: Bool, handOff: Bool = false) -> Int? {
        if pruned { return nil }
        if depth == 0 { enterPrologue() }
        closeStep()
        noteEnabled(choosable)
        if reduces && !handOff && depth > 0 {
            // Past a hand-off, what the step before it disabled shows only now.
            let step = nodes[depth - 1].handOff && depth >= 2 ? depth - 2 : depth - 1
            if step >= firstNew { wakeDisabled(at: step, leaving: choosable, timeoutsOnly: true) }
        }
        if let expandTo, !handOff, depth >= nodes.count,
            nodes.prefix(depth).count(where: { $0.choosable.count > 1 }) >= expandTo
        {
            // A started thread's first step stays with the step that started it: the cut comes after it.
            reachedExpansionDepth = true
            pruned = true
            return nil
        }
        if depth < nodes.count {
            let node = nodes[depth]
            guard node.choosable == choosable, let position = choosable.firstIndex(of: node.chosen) else {
                diverged = true
                pruned = true
                return nil
            }
            depth += 1
            recorder.runningThread = SearchEvent.slot(of: node.chosen)
            return position
        }
        guard
            var node = depth < fixed
                ? fixedNode(choosable, preemptive: preemptive) : newNode(choosable, preemptive: preemptive)
        else {
            pruned = true
            return nil
        }
        node.handOff = handOff
        nodes.append(node)
        depth += 1
        recorder.runningThread = SearchEvent.slot(of: node.chosen)
        return choosable.firstIndex(of: node.chosen)
    }

    /// The run ended: its last step's footprint is what was recorded since the last boundary; its races are reversed
    /// into the wakeup trees of the nodes before them.
    func runEnded() {
        // A run cut below the expansion depth ends without a step of its own: what its teardown does is no step's.
        if reachedExpansionDepth {
            _ = recorder.take()
            return
        }
        closeStep()
        guard reduces, expandTo == nil, !diverged else { return }
        if let last = history.events.indices.last, last >= firstNew,
            history.events[last].footprint.objects.contains(StepFootprint.endOfRun)
        {
            // The step that ended the run left the threads that could still go on without their next step.
            wakeDisabled(at: last, leaving: [], timeoutsOnly: false)
        }
        for later in max(firstNew, 0)..<history.events.count {
            for earlier in history.events[later].races { reverse(earlier, later) }
        }
    }

    /// Moves to the next branch to explore; false when the search is over.
    func advance() -> Bool {
        pruned = false
        reachedExpansionDepth = false
        nodes.removeSubrange(depth...)
        depth = 0
        history.reset()
        clockAdvanced = false
        while nodes.count > fixed, var node = nodes.popLast() {
            node.sleep.append((node.chosen, node.footprint ?? Footprint(objects: [StepFootprint.everything])))
            node.footprint = nil
            while !node.wakeup.isEmpty {
                let branch = node.wakeup.removeFirst()
                guard node.choosable.contains(branch.choice),
                    !node.sleep.contains(where: { $0.choice == branch.choice })
                else { continue }
                if let bound = preemptionBound, node.preemptions(taking: branch.choice) > bound {
                    boundHit = true
                    continue
                }
                node.chosen = branch.choice
                guidance = branch.children
                nodes.append(node)
                firstNew = nodes.count - 1
                return true
            }
        }
        return false
    }

    // MARK: internals

    /// The main thread's steps before the first choice are the run's first step, at a node of its own.
    private func enterPrologue() {
        if nodes.isEmpty {
            nodes.append(
                Node(choosable: [0], preemptive: false, preemptionsBefore: 0, sleep: [], wakeup: [], chosen: 0))
        }
        depth = 1
        recorder.runningThread = 0
    }

    /// The node of the part's choice at this depth, with nothing asleep; nil (the run is cut short) when the program
    /// does not offer that choice (it is not deterministic) or the bound forbids it.
    private func fixedNode(_ choosable: [Int], preemptive: Bool) -> Node? {
        guard let part else { return nil }
        let parent = depth > 0 ? nodes[depth - 1] : nil
        let before = parent.map { $0.preemptions(taking: $0.chosen) } ?? 0
        let choice = part.choices[depth]
        let node = Node(
            choosable: choosable, preemptive: preemptive, preemptionsBefore: before, sleep: [], wakeup: [],
            chosen: choice)
        guard choosable.contains(choice) else {
            diverged = true
            return nil
        }
        if let bound = preemptionBound, node.preemptions(taking: choice) > bound {
            boundHit = true
            return nil
        }
        return node
    }

    /// The node met first at `choosable`: it follows the wakeup tree handed down when there is one, else takes the
    /// first choice not asleep (the running thread first: the fewest preemptions). Nil when every choice sleeps.
    private func newNode(_ choosable: [Int], preemptive: Bool) -> Node? {
        let parent = depth > 0 ? nodes[depth - 1] : nil
        let sleep = reduces ? parent.map(Self.childSleep) ?? [] : []
        let before = parent.map { $0.preemptions(taking: $0.chosen) } ?? 0
        var node = Node(
            choosable: choosable, preemptive: preemptive, preemptionsBefore: before, sleep: sleep, wakeup: [],
            chosen: 0)
        node.arrivedAsleep = sleep.count
        var branches = guidance
        guidance = []
        while !branches.isEmpty {
            let branch = branches.removeFirst()
            guard choosable.contains(branch.choice), !sleep.contains(where: { $0.choice == branch.choice }) else {
                continue
            }
            if let bound = preemptionBound, node.preemptions(taking: branch.choice) > bound {
                boundHit = true
                continue
            }
            node.chosen = branch.choice
            node.wakeup = branches.filter { choosable.contains($0.choice) }
            guidance = branch.children
            return node
        }
        var candidates: [Int] = []
        for choice in choosable where !sleep.contains(where: { $0.choice == choice }) {
            if let bound = preemptionBound, node.preemptions(taking: choice) > bound {
                boundHit = true
                continue
            }
            candidates.append(choice)
        }
        guard let first = candidates.first else { return nil }
        node.chosen = first
        if !reduces || expandTo != nil {
            node.wakeup = candidates.dropFirst().map { WakeupBranch(choice: $0) }
        }
        return node
    }

    /// Ends the running step: its footprint is what was recorded since the last boundary.
    private func closeStep() {
        let footprint = recorder.take()
        defer { clockAdvanced = false }
        guard depth > 0 else { return }
        let index = depth - 1
        nodes[index].footprint = footprint
        if nodes[index].handOff, index > 0, let parent = nodes[index - 1].footprint {
            // The started thread's first step always follows its parent's: asleep, they commute only together.
            nodes[index - 1].footprint = parent.merged(with: footprint)
        }
        history.append(
            choice: nodes[index].chosen, footprint: footprint, advancedClock: clockAdvanced,
            noteRaces: reduces && index >= firstNew)
    }

    /// Reverses the race of step `earlier` with step `later`: the steps after `earlier` that do not happen after it,
    /// then `later`, are to be explored from the node before `earlier`, unless a choice asleep there already leads to
    /// that class or its wakeup tree does.
    private func reverse(_ earlier: Int, _ later: Int) {
        // A started thread's first step cannot be put off at its hand-off: the step that started it can.
        var earlier = earlier
        while earlier > 0 && nodes[earlier].handOff { earlier -= 1 }
        // The other order begins with another choice at a node the part fixes: the split explores it in another part.
        guard earlier >= fixed else { return }
        let sequence = history.notAfter(earlier).filter { $0 != later } + [later]
        for sleeping in nodes[earlier].sleep
        where WakeupTree.remainder(
            after: sleeping.choice, footprint: sleeping.footprint, of: sequence, in: history) != nil
        {
            return
        }
        WakeupTree.insert(sequence, into: &nodes[earlier].wakeup, of: history)
    }

    /// Notes the threads the step that just ended enabled: those choosable now and not before it. A hand-off
    /// (a started thread runs first) only holds back its parent: the threads ready before it were not disabled.
    private func noteEnabled(_ choosable: [Int]) {
        guard depth > 0 else { return }
        let previous = nodes[depth - 1]
        var before = previous.choosable
        if previous.handOff, depth >= 2 {
            let opener = nodes[depth - 2]
            before += opener.choosable.filter { $0 != opener.chosen }
        }
        for choice in choosable where !before.contains(choice) {
            history.enabled(slot: SearchEvent.slot(of: choice))
        }
    }

    /// A choice the step of node `index` disabled never ran, so no race shows their conflict: it is explored from
    /// that node on its own. The step may be a notification (a time-out then never fires; `timeoutsOnly`) or the end
    /// of the run (every thread that could go on).
    private func wakeDisabled(at index: Int, leaving choosable: [Int], timeoutsOnly: Bool) {
        // A node the part fixes, or one that explores every choice anyway.
        guard index >= fixed, expandTo == nil else { return }
        let node = nodes[index]
        for choice in node.choosable where choice != node.chosen && !choosable.contains(choice) {
            if timeoutsOnly && choice >= 0 { continue }
            if node.sleep.contains(where: { $0.choice == choice })
                || node.wakeup.contains(where: { $0.choice == choice })
            {
                continue
            }
            nodes[index].wakeup.append(WakeupBranch(choice: choice))
        }
    }

    /// The sleep set below `parent`'s chosen step: the choices asleep or explored there whose step commutes with it.
    private static func childSleep(of parent: Node) -> [(choice: Int, footprint: Footprint)] {
        guard let ran = parent.footprint else { return [] }
        return parent.sleep.filter { $0.choice != parent.chosen && $0.footprint.isIndependent(of: ran) }
    }
}
