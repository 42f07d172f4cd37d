import DocGenModel
import Synchronization

/// Counts each stage's finished work and the span of time it was at work (from its first piece expected to its last
/// finished), for the summary line and `--timings`, passing every report on to `next` (the terminal's meter).
final class StageTally: BuildProgress {
    private struct Stage {
        var done = 0
        var first: ContinuousClock.Instant?
        var last: ContinuousClock.Instant?
    }

    private let stages = Mutex<[BuildStage: Stage]>([:])
    private let next: (any BuildProgress)?

    init(next: (any BuildProgress)?) {
        self.next = next
    }

    func expect(_ count: Int, _ stage: BuildStage) {
        if count > 0 {
            stages.withLock { stages in
                if stages[stage]?.first == nil { stages[stage, default: Stage()].first = .now }
            }
        }
        next?.expect(count, stage)
    }

    func finish(_ count: Int, _ stage: BuildStage) {
        stages.withLock { stages in
            stages[stage, default: Stage()].done += count
            stages[stage]!.last = .now
        }
        next?.finish(count, stage)
    }

    /// How many pieces of `stage` were done.
    func done(_ stage: BuildStage) -> Int { stages.withLock { $0[stage]?.done ?? 0 } }

    /// Seconds from the first piece of `stage` expected to its last finished; 0 when it had no work.
    func seconds(_ stage: BuildStage) -> Double {
        stages.withLock { stages in
            guard let first = stages[stage]?.first, let last = stages[stage]?.last else { return 0 }
            return StageTime.seconds(last - first)
        }
    }
}

extension StageTally {
    /// `1.20 s, 39 cells` (the span the stage was at work, and what it did), or `none`.
    func timing(_ stage: BuildStage) -> String {
        let count = done(stage)
        guard count > 0 else { return "none" }
        return String(format: "%.2f s", seconds(stage)) + ", \(count) \(stage.unit(count))"
    }
}
