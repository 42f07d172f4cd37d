import Foundation
import Synchronization

/// `docgen fidelity --record`'s output: each cell's result line on stdout, and on a terminal a status line on stderr
/// (`recording: 12/39 cells, 340 python3 runs`) that is rewritten as runs finish.
final class RecordingStatus: Sendable {
    private let cells: Int
    private let counts = Mutex((cells: 0, runs: 0))
    private let onTerminal = isatty(2) == 1

    init(cells: Int) { self.cells = cells }

    /// A python3 run finished.
    func ran() {
        let counts = counts.withLock { value in
            value.runs += 1
            return value
        }
        show(counts)
    }

    /// A cell is recorded (or failed): its line, then the status line again.
    func cellDone(_ line: String) {
        let counts = counts.withLock { value in
            value.cells += 1
            return value
        }
        clear()
        print(line)
        show(counts)
    }

    /// Takes the status line away.
    func finish() { clear() }

    private func show(_ counts: (cells: Int, runs: Int)) {
        guard onTerminal else { return }
        let text = "recording: \(counts.cells)/\(cells) cells, \(counts.runs) python3 runs"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    private func clear() {
        guard onTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
