import DocGenModel
import Foundation
import Synchronization

/// A build's progress as `docgen build` and `check` show it on a terminal: one line, redrawn at most ten times a second, naming each stage at work with its counts, elapsed time and estimated time left
/// (`compiling 12/39 scenarios, 2.1 s, about 4 s left · running 3/39 cells`); a stage whose work is all done and
/// after which no earlier stage is still at work gets a line of its own that stays (`compiled 39 scenarios in 6.1 s`).
package final class ProgressMeter: BuildProgress {
    private struct Stage {
        var expected = 0
        var done = 0
        var started: ContinuousClock.Instant?
        var ended: ContinuousClock.Instant?
        var printed = false
    }

    private struct State {
        var stages: [BuildStage: Stage] = [:]
        var drawn: ContinuousClock.Instant?
        var lineShown = false
    }

    private let state = Mutex(State())
    private let write: @Sendable (String) -> Void

    /// A meter drawing with `write` (standard error unless given).
    package init(write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.write = write
    }

    /// A meter on standard error when it is a terminal; nil otherwise (no progress is shown).
    package static func onTerminal() -> ProgressMeter? { isatty(STDERR_FILENO) == 1 ? ProgressMeter() : nil }

    package func expect(_ count: Int, _ stage: BuildStage) {
        guard count > 0 else { return }
        update(force: false) { state, now in
            state.stages[stage, default: Stage()].expected += count
            if state.stages[stage]!.started == nil { state.stages[stage]!.started = now }
            state.stages[stage]!.ended = nil
        }
    }

    package func finish(_ count: Int, _ stage: BuildStage) {
        guard count > 0 else { return }
        update(force: false) { state, now in
            state.stages[stage, default: Stage()].done += count
            if state.stages[stage]!.done >= state.stages[stage]!.expected { state.stages[stage]!.ended = now }
        }
    }

    /// Prints the line of every stage not printed yet and clears the redrawn line: call before the summary.
    package func end() {
        update(force: true) { state, _ in
            for stage in BuildStage.allCases where state.stages[stage] != nil {
                state.stages[stage]!.ended = state.stages[stage]!.ended ?? .now
            }
        }
    }

    /// Applies `change`, then prints the stages that are complete and redraws the line (at most every 0.1 s unless
    /// a stage completed or `force`).
    private func update(force: Bool, _ change: (inout State, ContinuousClock.Instant) -> Void) {
        let text: String? = state.withLock { state in
            let now = ContinuousClock.now
            change(&state, now)
            var out = ""
            for stage in BuildStage.allCases {
                guard let entry = state.stages[stage], !entry.printed else { continue }
                guard let ended = entry.ended, force || stage != .exploring else { break }
                out += Self.doneLine(stage, entry.done, seconds: Self.seconds(ended - entry.started!)) + "\n"
                state.stages[stage]!.printed = true
            }
            let active = BuildStage.allCases.compactMap { stage -> String? in
                guard let entry = state.stages[stage], !entry.printed, entry.expected > 0 else { return nil }
                return Self.activeLine(
                    stage, done: entry.done, expected: entry.expected,
                    seconds: Self.seconds(now - entry.started!))
            }
            let due = state.drawn.map { now - $0 >= .milliseconds(100) } ?? true
            guard !out.isEmpty || force || due else { return nil }
            state.drawn = now
            var text = state.lineShown ? "\r\u{1B}[K" : ""
            text += out
            state.lineShown = !active.isEmpty && !force
            if state.lineShown { text += active.joined(separator: " · ") }
            return text
        }
        if let text, !text.isEmpty { write(text) }
    }

    /// `compiling 12/39 scenarios, 2.1 s, about 4 s left`.
    package static func activeLine(_ stage: BuildStage, done: Int, expected: Int, seconds: Double) -> String {
        var line = "\(stage.rawValue) \(done)/\(expected) \(stage.unit(expected)), \(String(format: "%.1f", seconds)) s"
        if done > 0, done < expected {
            let left = seconds / Double(done) * Double(expected - done)
            line += ", about \(left < 10 ? String(format: "%.1f", left) : String(Int(left.rounded()))) s left"
        }
        return line
    }

    /// `compiled 39 scenarios in 6.1 s`.
    package static func doneLine(_ stage: BuildStage, _ done: Int, seconds: Double) -> String {
        "\(stage.pastTense) \(done) \(stage.unit(done)) in \(String(format: "%.1f", seconds)) s"
    }

    private static func seconds(_ duration: Duration) -> Double { StageTime.seconds(duration) }
}
