import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A child process for tests that signal docgen: started with `posix_spawn` with every signal at its default action
/// and none blocked, whatever this test process has. Foundation's `Process` passes on both: a test run started as a
/// background job of a non-interactive shell (`make test &`) has SIGINT ignored, which docgen then keeps ignoring (as
/// the POSIX convention wants), and a Swift concurrency thread blocks most signals. The subset of `Process` the tests
/// use.
package final class DefaultSignalsProcess: @unchecked Sendable {
    package let processIdentifier: pid_t
    private let lock = NSLock()
    private var status: Int32?

    /// Starts `executable` with `arguments` in `directory` (default: this process's), with `environment`; its
    /// standard output and error go to the files `standardOutput` and `standardError` (default: /dev/null), its input
    /// is /dev/null.
    package init(
        executable: String, arguments: [String], environment: [String: String], directory: String? = nil,
        standardOutput: String? = nil, standardError: String? = nil
    ) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, standardOutput ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_addopen(
            &actions, 2, standardError ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var every = sigset_t()
        sigfillset(&every)
        sigdelset(&every, SIGKILL)
        sigdelset(&every, SIGSTOP)
        posix_spawnattr_setsigdefault(&attributes, &every)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        // In `directory`: through a shell that changes to it, then becomes the program (same pid).
        let command =
            directory.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0, executable] + arguments }
            ?? [executable] + arguments
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, command[0], &actions, &attributes, argv, envp)
        guard result == 0 else { throw Failure.spawn(executable, String(cString: strerror(result))) }
        processIdentifier = pid
    }

    package enum Failure: Error { case spawn(String, String) }

    /// True until the process has exited (it is reaped then).
    package var isRunning: Bool { lock.withLock { reap() } == nil }

    /// Waits for the process to exit.
    package func waitUntilExit() {
        while isRunning { usleep(10_000) }
    }

    /// The exit status, or the number of the signal that ended it. Only after the exit.
    package var terminationStatus: Int32 {
        let status = lock.withLock { reap() }!
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : status & 0x7f
    }

    package var terminationReason: Process.TerminationReason {
        (lock.withLock { reap() }! & 0x7f) == 0 ? .exit : .uncaughtSignal
    }

    /// Sends SIGTERM, unless the process has already exited and been reaped.
    package func terminate() {
        lock.withLock { if reap() == nil { kill(processIdentifier, SIGTERM) } }
    }

    /// The wait status once the process has exited, else nil; under `lock`.
    private func reap() -> Int32? {
        if let status { return status }
        var raw: Int32 = 0
        while true {
            let result = waitpid(processIdentifier, &raw, WNOHANG)
            if result == processIdentifier {
                status = raw
                return raw
            }
            if result == -1 && errno == EINTR { continue }
            return nil
        }
    }
}
