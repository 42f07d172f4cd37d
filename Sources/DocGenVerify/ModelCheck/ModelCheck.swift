import DocGenExplore
import DocGenModel
@_spi(Harness) import Threading

/// The model checked against the real runtime: every output CPython was recorded printing (`Tests/Fidelity/`) must be
/// one of the outputs the exhaustive search of the cell's scenario found, after the fidelity normalisation and compared
/// on the lines' streams and texts (`comparable`). When the
/// search is complete, a CPython output outside its set means the simulated runtime's model is wrong for that cell.
package struct ModelCheck: Sendable, Equatable {
    /// The cell's scenario id.
    package let cell: String
    /// The possible outputs (normalised), in the exploration's order.
    package let possible: [[FidelityLine]]
    /// For each possible output, how many recorded CPython runs printed it.
    package let cpythonRuns: [Int]
    /// Recorded CPython outputs the search did not find, with their run counts.
    package let unexplained: [CPythonRecording.Variant]
    /// Recorded CPython runs in all.
    package let recordedRuns: Int
    /// Whether the search was complete (only then is an unexplained output a failure).
    package let complete: Bool
    /// The search's headline (`exactly 3 distinct outputs (search complete: 12 executions)`).
    package let headline: String
    /// Sampled schedules run beside the search (0: none).
    package let sampledRuns: Int
    /// Outputs the sampled schedules gave that the (complete) search did not find: the search is unsound there.
    package let sampledOutside: [OutputGroup]

    /// Compares `recording` with `exploration` (an exhaustive one) of `cell`, normalising the search's outputs with
    /// `normaliser` as the recording was.
    package init(
        cell: String, exploration: Exploration, recording: CPythonRecording, normaliser: FidelityNormaliser,
        sampled: Exploration? = nil
    ) {
        self.cell = cell
        sampledRuns = sampled?.runs ?? 0
        sampledOutside = (sampled?.groups ?? []).filter { group in
            !exploration.groups.contains { $0.output == group.output && $0.outcome == group.outcome }
        }
        let possible = exploration.groups.map { group in
            normaliser.normalise(
                RunResult(events: group.events, outcome: group.outcome, schedule: group.schedule)
                    .fidelityLines)
        }
        self.possible = possible
        // CPython's runs counted by comparable form once, then looked up for each possible output (not searched for).
        var recordedRunsByLines: [[FidelityLine]: Int] = [:]
        for variant in recording.variants {
            recordedRunsByLines[Self.comparable(variant.lines), default: 0] += variant.runs
        }
        let compared = possible.map(Self.comparable)
        cpythonRuns = compared.map { recordedRunsByLines[$0] ?? 0 }
        let possibleLines = Set(compared)
        unexplained = recording.variants.filter { !possibleLines.contains(Self.comparable($0.lines)) }
        recordedRuns = recording.runs
        complete = exploration.isComplete
        headline =
            exploration.search.map { ExplorationReport.headline(exploration, $0) }
            ?? "\(exploration.groups.count) distinct outputs"
    }

    /// What a recorded output and a possible one are compared on: each line's stream and text, not the thread that
    /// printed it. A possible output stands for every schedule that printed its text (the search groups runs by what
    /// they printed) but keeps the thread names of one of them only, its run with the fewest preemptions, whose threads
    /// took the work in the search's own order: CPython printing the same lines from threads that took the work in
    /// another order printed that output too.
    static func comparable(_ lines: [FidelityLine]) -> [FidelityLine] {
        lines.map { FidelityLine(stream: $0.stream, thread: "", text: $0.text) }
    }

    /// How many of the possible outputs differ once normalised as CPython's are (masked times, addresses and idents,
    /// the cell's masks and fidelity mode) and compared as `comparable` compares them: fewer than `possible.count`
    /// when that merges outputs.
    package var distinctPossible: Int { Set(possible.map(Self.comparable)).count }

    /// How many distinct normalised outputs CPython was seen printing (outputs that compare alike count once).
    package var seenByCPython: Int {
        Set(zip(possible, cpythonRuns).filter { $0.1 > 0 }.map { Self.comparable($0.0) }).count
    }

    /// "N possible outputs", adding how many remain distinct once normalised when normalising merges some.
    package var possibleCount: String {
        let outputs = possible.count == 1 ? "1 possible output" : "\(possible.count) possible outputs"
        guard distinctPossible < possible.count else { return outputs }
        return outputs + " (\(distinctPossible) once normalised as CPython's are)"
    }

    /// False when the search was complete and CPython, or a sampled schedule, printed something outside it.
    package var passed: Bool { !complete || (unexplained.isEmpty && sampledOutside.isEmpty) }

    /// One line for the terminal (plus the first unexplained output when the check failed).
    package var summary: String {
        let counts =
            "\(possibleCount); CPython printed \(seenByCPython) of them in \(recordedRuns) runs"
        var text = "\(cell): \(counts) [\(headline)]"
        if !unexplained.isEmpty {
            let runs = unexplained.reduce(0) { $0 + $1.runs }
            if complete {
                text +=
                    "\n  FAIL: CPython printed \(unexplained.count) output(s) (\(runs) runs) the model calls impossible:"
            } else {
                text +=
                    "\n  note: \(unexplained.count) CPython output(s) (\(runs) runs) not reached by the bounded search"
            }
            if complete, let first = unexplained.first {
                for line in first.lines { text += "\n    \(line.stream.rawValue) \(line.thread): \(line.text)" }
            }
        }
        if complete, let outside = sampledOutside.first {
            text +=
                "\n  FAIL: \(sampledOutside.count) output(s) of \(sampledRuns) sampled schedules are not in the exhaustive"
            text += " set; replay one: docgen run \(cell) --schedule \(outside.schedule)"
        }
        return text
    }
}
