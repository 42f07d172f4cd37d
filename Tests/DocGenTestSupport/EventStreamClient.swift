import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Listens to `/__docgen/events` of a running `docgen serve` on a thread of its own and keeps every event received.
package final class EventStreamClient: Sendable {
    package struct Event: Equatable {
        package var name: String
        package var id: String?
        package var data: String
    }

    private let descriptor: Int32
    private let received = Mutex<(events: [Event], closed: Bool)>(([], false))

    package init(port: Int) throws {
        descriptor = try ServeClient(port: port).connect(timeout: 60)
        ServeClient.send("GET /__docgen/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n\r\n", on: descriptor)
        Thread.detachNewThread { [self] in readLoop() }
    }

    deinit { close(descriptor) }

    package var events: [Event] { received.withLock { $0.events } }

    /// Waits (polling) until an event named `name` beyond the first `after` events arrives; returns it.
    package func waitFor(_ name: String, after: Int = 0, timeout: Double = 30) -> Event? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let event = received.withLock({ $0.events.dropFirst(after).first { $0.name == name } }) { return event }
            if received.withLock({ $0.closed }) { return nil }
            usleep(20_000)
        }
        return nil
    }

    /// Reads the chunked event stream and records each complete `event:` block.
    private func readLoop() {
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { break }
            // Without carriage returns: Swift counts "\r\n" as one Character, which would hide the line ends.
            text += String(decoding: buffer[..<count].filter { $0 != 13 }, as: UTF8.self)
            // Chunk sizes sit on lines of their own between events; only `field: value` lines matter here.
            while let end = text.range(of: "\n\n") {
                let block = text[..<end.lowerBound]
                text.removeSubrange(..<end.upperBound)
                var event = Event(name: "", id: nil, data: "")
                for line in block.split(separator: "\n") {
                    let line = line.trimmingCharacters(in: .whitespacesAndNewlines)
                    if line.hasPrefix("event: ") { event.name = String(line.dropFirst(7)) }
                    if line.hasPrefix("id: ") { event.id = String(line.dropFirst(4)) }
                    if line.hasPrefix("data: ") { event.data = String(line.dropFirst(6)) }
                }
                if !event.name.isEmpty { received.withLock { $0.events.append(event) } }
            }
        }
        received.withLock { $0.closed = true }
    }
}
