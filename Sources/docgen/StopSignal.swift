import Dispatch
import Foundation

/// SIGINT and SIGTERM, caught so `docgen serve` can stop its build (killing the cells it runs) and close its port.
enum StopSignal {
    /// Waits for the first SIGINT or SIGTERM and returns its name.
    static func wait() async -> String {
        let signals: [(Int32, String)] = [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")]
        var sources: [DispatchSourceSignal] = []
        let name: String = await withCheckedContinuation { continuation in
            let once = Once(continuation)
            for (number, name) in signals {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { once.resume(name) }
                source.resume()
                sources.append(source)
            }
        }
        sources.forEach { $0.cancel() }
        for (number, _) in signals { signal(number, SIG_DFL) }  // a second Ctrl-C ends a stuck shutdown
        return name
    }

    /// Resumes a continuation the first time only (both signals may arrive).
    private final class Once: @unchecked Sendable {
        private let lock = NSLock()
        private var continuation: CheckedContinuation<String, Never>?

        init(_ continuation: CheckedContinuation<String, Never>) { self.continuation = continuation }

        func resume(_ name: String) {
            lock.lock()
            let pending = continuation
            continuation = nil
            lock.unlock()
            pending?.resume(returning: name)
        }
    }
}
