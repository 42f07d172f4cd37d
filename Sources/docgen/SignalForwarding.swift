import DocGenRun
import Foundation

/// On SIGINT, SIGTERM or SIGHUP, ends every process below docgen first (`ChildReaper.killChildren`: each child's
/// process group, then every descendant — cells, swiftc and its swift-frontend would otherwise run on until their own
/// end), then dies of the same signal, as it would have without a handler. Children have process groups of their own
/// (`ChildGroup`), so a terminal's Ctrl-C reaches docgen alone and this is what ends them. The signals are caught into
/// a pipe (`CaughtSignals`) and handled on a thread of their own.
///
/// Once a signal is caught, docgen ends only of it: the build, seeing its cells killed, may finish and exit before the
/// killing is done (a loaded machine made a SIGINT'd build exit with status 1); an exit handler then waits for the
/// children to be ended and dies of the signal instead.
enum SignalForwarding {
    private static let stop = StopState()

    static func install() {
        guard let caught = CaughtSignals([SIGINT, SIGTERM, SIGHUP]) else { return }
        atexit { SignalForwarding.dieIfStopping() }
        let thread = Thread {
            let signal = caught.next()
            stop.caught(signal)
            ChildReaper.killChildren()
            stop.childrenEnded()
            CaughtSignals.dieOf(signal)
        }
        thread.name = "docgen signal forwarding"
        thread.start()
    }

    /// At exit: when a signal was caught, waits until the children are ended, then dies of it.
    private static func dieIfStopping() {
        if let signal = stop.signalOnceChildrenEnded() { CaughtSignals.dieOf(signal) }
    }

    /// The signal caught, if any, and whether the children have been ended since; one lock.
    private final class StopState: @unchecked Sendable {
        private let condition = NSCondition()
        private var signal: Int32?
        private var ended = false

        func caught(_ signal: Int32) {
            condition.withLock { self.signal = signal }
        }

        func childrenEnded() {
            condition.withLock {
                ended = true
                condition.broadcast()
            }
        }

        /// Nil when no signal was caught; else the signal, once the children are ended.
        func signalOnceChildrenEnded() -> Int32? {
            condition.withLock {
                guard let signal else { return nil }
                while !ended { condition.wait() }
                return signal
            }
        }
    }
}
