@_spi(Harness) import Threading

extension RunResult {
    /// The run's output as lines, in the order its writes were made (`FidelityLineSplitter`).
    package var fidelityLines: [FidelityLine] {
        var lines = FidelityLineSplitter()
        for event in events {
            guard case .output(let stream, let text) = event.kind else { continue }
            lines.write(text, stream: stream, thread: event.threadName)
        }
        return lines.finish()
    }
}

/// Cuts a program's writes, taken in the order they were made, into the lines each stream shows, as a terminal shows
/// them: a write of another thread that comes before a line's newline lands in that line
/// (`worker-1: priorityworker-2: priority 3 2`). Nothing is rebuilt per thread. A line is tagged with the thread
/// whose write began it; text left without a newline at the end is a last line of its own.
struct FidelityLineSplitter {
    private var pending: [StdStream: (thread: String, text: String)] = [:]
    /// The streams with an unfinished line, in the order those lines began.
    private var unfinished: [StdStream] = []
    private(set) var lines: [FidelityLine] = []

    mutating func write(_ text: String, stream: StdStream, thread: String) {
        guard !text.isEmpty else { return }
        var (owner, buffer) = pending[stream] ?? (thread, "")
        if buffer.isEmpty { owner = thread }
        buffer += text
        while let newline = buffer.firstIndex(of: "\n") {
            lines.append(FidelityLine(stream: stream, thread: owner, text: String(buffer[..<newline])))
            buffer = String(buffer[buffer.index(after: newline)...])
            owner = thread
        }
        pending[stream] = (owner, buffer)
        unfinished.removeAll { $0 == stream }
        if !buffer.isEmpty { unfinished.append(stream) }
    }

    /// The lines, plus any unterminated text left at the end.
    mutating func finish() -> [FidelityLine] {
        for stream in unfinished {
            if let (thread, text) = pending[stream] {
                lines.append(FidelityLine(stream: stream, thread: thread, text: text))
            }
        }
        unfinished = []
        pending = [:]
        return lines
    }
}
