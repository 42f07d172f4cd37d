import Foundation

/// One end of the socket between docgen and a cell worker (`CellWorkerPool`): whole lines written, lines read with
/// an optional deadline. Not thread-safe: one request at a time uses it.
package final class WorkerChannel: @unchecked Sendable {
    /// The worker's end is this descriptor in the worker process (0, 1 and 2 are its standard streams).
    package static let workerDescriptor: Int32 = 3

    package let descriptor: Int32
    private var buffer: [UInt8] = []

    package init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// What reading a line gave.
    package enum Reading: Equatable {
        case line([UInt8])
        /// The other end closed (or the socket failed) before a whole line came.
        case closed
        /// `seconds` passed first.
        case timedOut
    }

    /// Writes all of `bytes`; false when the other end is gone (no SIGPIPE is raised).
    package func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes {
                send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    /// The next line (without its newline), waiting at most `seconds` (`nil`: as long as it takes).
    package func readLine(within seconds: Double? = nil) -> Reading {
        let deadline = seconds.map { ContinuousClock.now + .milliseconds(Int(min(max($0, 0), 86_400 * 7) * 1000)) }
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return .line(line)
            }
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline).components
                let milliseconds = left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000
                if left.seconds < 0 || milliseconds <= 0 { return .timedOut }
                var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let polled = poll(&ready, 1, Int32(min(milliseconds, Int64(Int32.max))))
                if polled < 0 && errno != EINTR { return .closed }
                if polled <= 0 { continue }
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return .closed }
            buffer += chunk[..<count]
        }
    }

    /// Closes this end.
    package func close() {
        _ = Glibc.close(descriptor)
    }
}
