import DocGenModel
import DocGenRun
import DocGenVerify

/// `docgen build --record`: the snapshots of a build's cells, written only when two runs of every cell agree.
struct SnapshotRecorder {
    var store: SnapshotStore

    /// Writes snapshots once both runs of every cell agree; otherwise writes none and reports every problem.
    /// `removedLeftovers`: the temporary files an interrupted earlier write had left among the snapshots, deleted.
    func record(
        _ first: [CellExecution], _ second: [CellExecution], mapped: [MappedCell], removedLeftovers: inout [String]
    ) throws(BuildError) -> Int {
        var errors: [VerifyError] = []
        var texts: [(id: String, text: String)] = []
        for (cell, (one, two)) in zip(mapped, zip(first, second)) {
            let expected = cell.cell.options.expect
            if one.run.result == nil, two.run.result == nil, !one.run.isUnexpectedFailure(expected: expected) {
                continue  // fails as its expect= option says and leaves no transcript: nothing to record
            }
            guard let resultOne = one.run.result, let resultTwo = two.run.result else {
                let reason = (one.run.result == nil ? one : two).run.failureReason ?? "failed"
                errors.append(.unrecordable(id: one.job.id, reason: reason))
                continue
            }
            let textOne = TranscriptFormat.encode(resultOne)
            let textTwo = TranscriptFormat.encode(resultTwo)
            guard textOne == textTwo else {
                errors.append(.notDeterministic(id: one.job.id, first: textOne, second: textTwo))
                continue
            }
            texts.append((one.job.id, textOne))
        }
        guard errors.isEmpty else { throw .verify(errors) }
        removedLeftovers = AtomicFile.removeLeftovers(in: store.root)
        do {
            for (id, text) in texts { try store.write(text, for: id) }
        } catch {
            throw .verify([error])
        }
        return texts.count
    }
}
