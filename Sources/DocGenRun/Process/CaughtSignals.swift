import Foundation

/// Signals the process catches into a pipe (a handler writes each one's number there, whichever thread the kernel
/// delivers it to), read by a thread of the caller's own (`next()`), which does the work outside the handler. Install
/// once per process.
///
/// A signal this process was started with ignored stays ignored (the POSIX convention, which shells, `make` and
/// CPython follow): a non-interactive shell starts background jobs with SIGINT ignored, and `nohup` ignores SIGHUP, so
/// that those do not stop them.
package final class CaughtSignals: Sendable {
    private let readEnd: Int32

    /// Catches those of `signals` that are not ignored, from now on. Nil when the pipe or a handler could not be made
    /// (the signals keep their default action then).
    package init?(_ signals: [Int32]) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        guard ProcessControl.catchSignals(signals.filter { !ProcessControl.isIgnored($0) }, into: ends[1]) else {
            close(ends[0])
            close(ends[1])
            return nil
        }
        readEnd = ends[0]
    }

    /// Blocks the calling thread until a caught signal arrives; returns its number.
    package func next() -> Int32 {
        var byte: UInt8 = 0
        while true {
            let count = read(readEnd, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count < 0 && errno == EINTR { continue }
            // The pipe cannot close while this object lives: wait rather than spin.
            pause()
        }
    }

    /// Gives `signal` its default action back and delivers it to this process (it ends as the signal would have
    /// ended it without a handler), falling back to exit status 128 + signal should it not end the process.
    package static func dieOf(_ signal: Int32) -> Never {
        Foundation.signal(signal, SIG_DFL)
        ProcessControl.unblockOnThisThread([signal])  // this thread may block it (Dispatch's and Swift's threads do)
        raise(signal)
        _exit(128 + signal)
    }
}
