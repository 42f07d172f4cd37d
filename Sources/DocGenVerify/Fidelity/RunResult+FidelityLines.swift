@_spi(Harness) import Threading

extension RunResult {
    /// The run's output as lines, each tagged with its stream and the thread that printed it. Text a thread writes
    /// without a newline is joined to that thread's next write on the same stream; what is left unterminated at the
    /// end becomes a last line of its own.
    package var fidelityLines: [FidelityLine] {
        var lines = FidelityLineSplitter()
        for event in events {
            guard case .output(let stream, let text) = event.kind else { continue }
            lines.write(text, stream: stream, thread: event.threadIndex, name: event.threadName)
        }
        return lines.finish()
    }
}

/// Cuts writes into lines per (thread, stream), in the order the lines were completed.
struct FidelityLineSplitter {
    private struct Source: Hashable {
        var thread: Int
        var stream: StdStream
    }

    private var pending: [Source: String] = [:]
    private var unfinished: [(source: Source, name: String)] = []
    private(set) var lines: [FidelityLine] = []

    mutating func write(_ text: String, stream: StdStream, thread: Int, name: String) {
        let source = Source(thread: thread, stream: stream)
        var buffer = (pending[source] ?? "") + text
        while let newline = buffer.firstIndex(of: "\n") {
            lines.append(FidelityLine(stream: stream, thread: name, text: String(buffer[..<newline])))
            buffer = String(buffer[buffer.index(after: newline)...])
        }
        pending[source] = buffer
        unfinished.removeAll { $0.source == source }
        if !buffer.isEmpty { unfinished.append((source, name)) }
    }

    /// The lines, plus any unterminated text left at the end.
    mutating func finish() -> [FidelityLine] {
        for (source, name) in unfinished {
            lines.append(FidelityLine(stream: source.stream, thread: name, text: pending[source] ?? ""))
        }
        unfinished = []
        pending = [:]
        return lines
    }
}
