import Foundation

/// A one-line progress report of an exhaustive search on the terminal (standard error): executions, distinct outputs
/// so far, rate and elapsed time, redrawn at most four times a second; nothing when standard error is not a terminal.
/// Not thread-safe: a split search's parts report one at a time (`SplitExplorer`).
final class SearchProgress: @unchecked Sendable {
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var drawn = false

    private init() {}

    /// A meter when standard error is a terminal, else nil.
    static func onTerminal() -> SearchProgress? { isatty(STDERR_FILENO) == 1 ? SearchProgress() : nil }

    func update(_ executions: Int, _ outputs: Int) {
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.25 else { return }
        lastDrawn = now
        let elapsed = now.timeIntervalSince(start)
        let rate = elapsed > 0 ? Int(Double(executions) / elapsed) : 0
        let line =
            "exploring: \(executions) executions, \(outputs) distinct output\(outputs == 1 ? "" : "s"), "
            + "\(rate)/s, \(String(format: "%.1f", elapsed)) s"
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Clears the line before the report is printed.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
