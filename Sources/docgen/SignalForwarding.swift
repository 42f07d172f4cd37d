import DocGenRun
import Foundation

/// On SIGINT, SIGTERM or SIGHUP, ends every process below docgen first (`ChildReaper.killChildren`: each child's
/// process group, then every descendant — cells, swiftc and its swift-frontend would otherwise run on until their own
/// end), then dies of the same signal, as it would have without a handler. Children have process groups of their own
/// (`ChildGroup`), so a terminal's Ctrl-C reaches docgen alone and this is what ends them. The signals are caught into
/// a pipe (`CaughtSignals`) and handled on a thread of their own.
enum SignalForwarding {
    static func install() {
        guard let caught = CaughtSignals([SIGINT, SIGTERM, SIGHUP]) else { return }
        let thread = Thread {
            let signal = caught.next()
            ChildReaper.killChildren()
            CaughtSignals.dieOf(signal)
        }
        thread.name = "docgen signal forwarding"
        thread.start()
    }
}
