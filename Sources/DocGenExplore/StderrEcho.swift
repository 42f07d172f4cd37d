import Foundation
import Synchronization
import Threading

/// Echoes what a cell's scenario prints to stderr as it prints it, up to `limit` bytes (stdout carries the transcript,
/// written at the end): so a scenario that crashes or calls `exit()` still shows what it printed. Bounded, so the echo
/// of a scenario that prints without end cannot fill the output limit of stderr before its transcript is cut.
package final class StderrEcho: Sendable {
    private let written = Mutex(0)
    package let limit: Int

    package init(limit: Int = 64 * 1024) { self.limit = limit }

    @Sendable package func write(_ stream: StdStream, _ text: String) {
        let allowed = written.withLock { written -> Bool in
            guard written < limit else { return false }
            written += text.utf8.count
            return true
        }
        if allowed { FileHandle.standardError.write(Data(text.utf8)) }
    }
}
