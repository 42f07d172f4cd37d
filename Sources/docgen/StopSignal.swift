import DocGenRun
import Foundation

/// SIGINT, SIGTERM and SIGHUP, caught so `docgen serve` can stop its build (killing the cells it runs) and close its
/// port. One it was started with ignored stays ignored (`CaughtSignals`).
enum StopSignal {
    /// Waits for the first SIGINT, SIGTERM or SIGHUP and returns its name; a second one then ends the process at once
    /// (a stuck shutdown can still be interrupted).
    static func wait() async -> String {
        guard let caught = CaughtSignals([SIGINT, SIGTERM, SIGHUP]) else {
            // No handler could be installed: the signals keep their default action and end the process themselves.
            while true { try? await Task.sleep(for: .seconds(3600)) }
        }
        let number: Int32 = await withCheckedContinuation { continuation in
            let thread = Thread {
                let first = caught.next()
                continuation.resume(returning: first)
                CaughtSignals.dieOf(caught.next())
            }
            thread.name = "docgen serve stop signal"
            thread.start()
        }
        switch number {
        case SIGINT: return "SIGINT"
        case SIGHUP: return "SIGHUP"
        default: return "SIGTERM"
        }
    }
}
