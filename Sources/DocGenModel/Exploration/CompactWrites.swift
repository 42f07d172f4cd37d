@_spi(Harness) import Threading

/// A run's writes, kept beside the output they make up: for each write its time, thread, thread name and stream and
/// the length of its text, which is the next that many UTF-8 bytes of the output. A search keeps one per distinct
/// output; as events (a `TraceEvent` and a `String` each) they took most of a long search's memory.
package struct CompactWrites: Sendable, Equatable {
    private struct Write: Sendable, Equatable {
        let time: Double
        let thread: Int32
        let name: Int32
        let isStderr: Bool
        let length: Int32
    }

    private var writes: [Write] = []
    /// The thread names the writes use, each once.
    private var names: [String] = []

    /// The writes among `events`, whose texts, in order, must make up `output` (nil when they do not, or when a
    /// write is too long to keep compactly).
    package init?(events: [TraceEvent], output: String) {
        var nameIndex: [String: Int32] = [:]
        // The name each thread wrote under last, by thread index: a thread keeps its name, and comparing it (the same
        // string, most often the same storage) costs less than hashing it at every write.
        var lastName: [Int32] = []
        var written = 0
        writes.reserveCapacity(events.count { if case .output = $0.kind { true } else { false } })
        for event in events {
            guard case .output(let stream, let text) = event.kind else { continue }
            let length = text.utf8.count
            guard length <= Int32.max, event.threadIndex <= Int32.max, event.threadIndex >= Int32.min else {
                return nil
            }
            let thread = event.threadIndex
            let name: Int32
            if thread >= 0, thread < lastName.count, lastName[thread] >= 0,
                names[Int(lastName[thread])] == event.threadName
            {
                name = lastName[thread]
            } else {
                if let known = nameIndex[event.threadName] {
                    name = known
                } else {
                    name = Int32(names.count)
                    nameIndex[event.threadName] = name
                    names.append(event.threadName)
                }
                if thread >= 0, thread < Self.threadsRemembered {
                    if thread >= lastName.count {
                        lastName.append(contentsOf: repeatElement(-1, count: thread + 1 - lastName.count))
                    }
                    lastName[thread] = name
                }
            }
            writes.append(
                Write(
                    time: event.time, thread: Int32(event.threadIndex), name: name, isStderr: stream == .stderr,
                    length: Int32(length)))
            written += length
        }
        guard written == output.utf8.count else { return nil }
    }

    /// Threads whose last name `init` remembers by index (thread indices count up from 0 in a run).
    private static let threadsRemembered = 4_096

    /// The writes as events, their texts cut from `output` (the output they were made with).
    package func events(output: String) -> [TraceEvent] {
        let bytes = Array(output.utf8)
        var start = 0
        return writes.map { write in
            let end = start + Int(write.length)
            defer { start = end }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            return TraceEvent(
                time: write.time, threadIndex: Int(write.thread), threadName: names[Int(write.name)],
                kind: .output(write.isStderr ? .stderr : .stdout, text))
        }
    }
}
