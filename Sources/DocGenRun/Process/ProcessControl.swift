import CDocGenShims
import Foundation

/// The Linux signal and process calls of DocGenRun, in one place (the only file of this library that uses
/// CDocGenShims or builds a signal set): a thread's signal mask, whether a signal is ignored, catching signals into a
/// pipe, and the child-subreaper flag.
enum ProcessControl {
    /// Unblocks `signals` on the calling thread (the others keep their state).
    static func unblockOnThisThread(_ signals: [Int32]) {
        var set = signalSet(signals)
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// Unblocks every signal on the calling thread, so threads and processes it starts begin with none blocked.
    static func unblockAllOnThisThread() {
        var none = signalSet([])
        pthread_sigmask(SIG_SETMASK, &none, nil)
    }

    /// True when `signal` is ignored in this process (inherited as ignored: a non-interactive shell's background
    /// job has SIGINT ignored, `nohup` SIGHUP).
    static func isIgnored(_ signal: Int32) -> Bool {
        cdocgen_signal_is_ignored(signal) != 0
    }

    /// Makes each of `signals` write its number, one byte, into `descriptor` (a pipe's write end) when it arrives.
    /// False when a handler could not be installed.
    static func catchSignals(_ signals: [Int32], into descriptor: Int32) -> Bool {
        signals.withUnsafeBufferPointer {
            cdocgen_catch_signals_into(descriptor, $0.baseAddress, Int32($0.count))
        } == 0
    }

    /// Makes this process a child subreaper: orphans among its descendants become its children, not init's. False
    /// when the system does not allow it.
    static func becomeSubreaper() -> Bool {
        cdocgen_become_subreaper() == 0
    }

    private static func signalSet(_ signals: [Int32]) -> sigset_t {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        return set
    }
}
