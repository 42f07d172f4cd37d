import Dispatch
import DocGenRun
import Foundation

/// On SIGINT, SIGTERM or SIGHUP, ends every process below docgen first (`ChildReaper.killChildren`: each child's
/// process group, then every descendant — cells, swiftc and its swift-frontend would otherwise run on until their own
/// end), then dies of the same signal, as it would have without a handler. Children have process groups of their own
/// (`ChildGroup`), so a terminal's Ctrl-C reaches docgen alone and this is what ends them.
enum SignalForwarding {
    /// Kept alive for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    static func install() {
        for signo in [SIGINT, SIGTERM, SIGHUP] {
            signal(signo, SIG_IGN)  // delivered to the dispatch source instead
            let source = DispatchSource.makeSignalSource(signal: signo, queue: .global())
            source.setEventHandler {
                ChildReaper.killChildren()
                signal(signo, SIG_DFL)
                // Dispatch's threads block signals: unblock it on this thread, so raise() delivers it before it
                // returns (a kill() to the process could stay pending past any wait when every thread blocks it).
                var only = sigset_t()
                sigemptyset(&only)
                sigaddset(&only, signo)
                pthread_sigmask(SIG_UNBLOCK, &only, nil)
                raise(signo)
                _exit(128 + signo)
            }
            source.resume()
            sources.append(source)
        }
    }
}
