/// The state of a systematic search of one program's schedules: a depth-first walk of the tree of scheduling choices,
/// one execution per leaf (a choice is a thread, or a negative number: the time-out of thread `-choice - 1` fires),
/// pruned with sleep sets (a thread whose next step commutes with what was explored is not tried again until a
/// dependent step runs) and optionally bounded by the number of preemptions.
///
/// During a run the simulated runtime asks it, at every step boundary, which thread runs next (`choose`); between runs
/// `advance()` moves to the next unexplored branch. Used by one run at a time.
final class SearchGuide: @unchecked Sendable {
    private struct Node {
        /// The threads that may run here (thread indices, in the runtime's positional order).
        let choosable: [Int]
        /// Whether `choosable[0]` is the running thread carrying on (any other choice is then a preemption).
        let preemptive: Bool
        /// Preemptions on the path to this node.
        let preemptionsBefore: Int
        /// Threads asleep here: their next step (with its footprint) commutes with everything run since it was explored.
        let sleep: [(thread: Int, footprint: Footprint)]
        /// Threads already explored from here, with the footprint of their step.
        var done: [(thread: Int, footprint: Footprint)] = []
        var chosen: Int
        /// The footprint of `chosen`'s step from here (known once the step ends).
        var footprint: Footprint?

        /// A time-out fired (a negative choice) preempts nobody.
        var preemptionsAfter: Int {
            preemptionsBefore + (preemptive && chosen != choosable[0] && chosen >= 0 ? 1 : 0)
        }
    }

    let preemptionBound: Int?
    /// Collects the running step's footprint (the carrier points its thread-local slot at it).
    let recorder = StepFootprint()
    private var nodes: [Node] = []
    private var depth = 0
    /// True when the bound kept some branch unexplored (the search is then not complete).
    private(set) var boundHit = false
    /// True when a replayed prefix met other choices than recorded: the program is not deterministic.
    private(set) var diverged = false
    /// True when the run that just ended was cut short (all its choices asleep or a divergence): not an execution.
    private(set) var pruned = false

    init(preemptionBound: Int?) { self.preemptionBound = preemptionBound }

    /// Preemptions of the run that just ended.
    var preemptions: Int { nodes.prefix(depth).last?.preemptionsAfter ?? 0 }

    /// At a step boundary: the position in `choosable` of the thread to run, or nil to cut the run short.
    func choose(_ choosable: [Int], preemptive: Bool) -> Int? {
        if pruned { return nil }
        closeStep()
        if depth < nodes.count {
            let node = nodes[depth]
            guard node.choosable == choosable, let position = choosable.firstIndex(of: node.chosen) else {
                diverged = true
                pruned = true
                return nil
            }
            depth += 1
            return position
        }
        let parent = depth > 0 ? nodes[depth - 1] : nil
        let sleep = parent.map(Self.childSleep) ?? []
        let before = parent?.preemptionsAfter ?? 0
        guard
            let position = firstCandidate(
                choosable, preemptive: preemptive, before: before, excluding: sleep.map(\.thread))
        else {
            pruned = true
            return nil
        }
        nodes.append(
            Node(
                choosable: choosable, preemptive: preemptive, preemptionsBefore: before, sleep: sleep,
                chosen: choosable[position]))
        depth += 1
        return position
    }

    /// The run ended: its last step's footprint is what was recorded since the last boundary.
    func runEnded() { closeStep() }

    /// Moves to the next unexplored branch; false when the tree is exhausted.
    func advance() -> Bool {
        pruned = false
        nodes.removeSubrange(depth...)
        depth = 0
        while var node = nodes.last {
            node.done.append((node.chosen, node.footprint ?? Footprint(objects: [StepFootprint.everything])))
            let excluded = node.sleep.map(\.thread) + node.done.map(\.thread)
            if let position = firstCandidate(
                node.choosable, preemptive: node.preemptive, before: node.preemptionsBefore, excluding: excluded)
            {
                node.chosen = node.choosable[position]
                node.footprint = nil
                nodes[nodes.count - 1] = node
                return true
            }
            nodes.removeLast()
        }
        return false
    }

    private func closeStep() {
        let footprint = recorder.take()
        if depth > 0 { nodes[depth - 1].footprint = footprint }
    }

    /// The first thread of `choosable` not `excluding`, within the preemption bound (noting when the bound hid one).
    private func firstCandidate(_ choosable: [Int], preemptive: Bool, before: Int, excluding: [Int]) -> Int? {
        for (position, thread) in choosable.enumerated() where !excluding.contains(thread) {
            let cost = preemptive && position != 0 && thread >= 0 ? 1 : 0
            if let bound = preemptionBound, before + cost > bound {
                boundHit = true
                continue
            }
            return position
        }
        return nil
    }

    /// The sleep set below `parent`'s chosen step: the threads asleep or done there whose step commutes with it.
    private static func childSleep(of parent: Node) -> [(thread: Int, footprint: Footprint)] {
        guard let ran = parent.footprint else { return [] }
        return (parent.sleep + parent.done).filter { $0.thread != parent.chosen && $0.footprint.isIndependent(of: ran) }
    }
}
