import DocGenModel
import Foundation
import Synchronization

/// One `docgen-cell worker` process, started by `CellWorkerPool`: it loads the compiled scenarios of the cells it is
/// sent and runs them one after another, each as the cell's own process would (`CellChildRequest`), so a build does
/// not start a process per cell run and per exploration (about 12 ms of CPU each, two thirds of a cold build of
/// trivial cells).
///
/// Like a cell's own process it leads a process group of its own (`ChildGroup`), ends when docgen dies
/// (`ParentWatch`) and carries a `RunToken`. What makes a cell's process end makes the worker end: a crash, `exit()`,
/// a time-out (the worker is killed) — the cell that was running gets exactly the failure its own process would have
/// given, and the next cell gets a new worker. Blocking calls: use from a thread of its own.
final class CellWorker: @unchecked Sendable {
    let pid: pid_t
    private let channel: WorkerChannel
    private let token: RunToken
    /// Requests answered.
    private(set) var answered = 0
    /// How the worker ended, once it was reaped (`end()`); `interrupt()` may run on another thread meanwhile.
    private let ending = Mutex<ChildOutput.Termination?>(nil)

    /// False once the worker ended or was told to.
    var isUsable: Bool { ending.withLock { $0 == nil } }

    private init(pid: pid_t, channel: WorkerChannel, token: RunToken) {
        self.pid = pid
        self.channel = channel
        self.token = token
    }

    /// Starts `executable worker` (its channel on descriptor 3, standard streams on /dev/null), in a process group of
    /// its own with no signal blocked.
    static func start(executable: String) -> Result<CellWorker, CellFailure> {
        var ends: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &ends) == 0 else {
            return .failure(.launchFailed("\(executable): cannot make a socket: \(String(cString: strerror(errno)))"))
        }
        let token = RunToken()
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, ends[1], WorkerChannel.workerDescriptor)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
        var environment = ProcessInfo.processInfo.environment
        environment[ParentWatch.variable] = String(getpid())
        environment[RunToken.variable] = token.value
        let arguments = [executable, "worker"]
        let entries = environment.map { $0.key + "=" + $0.value }
        var pid: pid_t = 0
        let status = withCStrings(arguments) { argv in
            withCStrings(entries) { envp in posix_spawn(&pid, executable, &actions, &attributes, argv, envp) }
        }
        close(ends[1])
        guard status == 0 else {
            close(ends[0])
            return .failure(.launchFailed("\(executable): \(String(cString: strerror(status)))"))
        }
        return .success(CellWorker(pid: pid, channel: WorkerChannel(descriptor: ends[0]), token: token))
    }

    /// What one request gave.
    enum Answer: Sendable {
        /// The request's status; `last`: the worker ends after it.
        case replied(status: Int32, last: Bool)
        /// The worker ended while it ran the request.
        case ended(ChildOutput.Termination)
        case timedOut
        /// The request wrote more than its output limit to its standard output or error (the worker was killed, as a
        /// cell's own process is when its pipe fills past the limit).
        case tooMuchOutput
    }

    /// Sends `request` and waits for its answer at most `timeout` seconds, looking every tenth of a second at how
    /// much it wrote; on a time-out or too much output the worker is killed. After anything but a reply that is not
    /// its last, the worker is no longer usable.
    func perform(_ request: CellWorkerRequest, timeout: Double, outputLimit: Int) -> Answer {
        guard channel.write(request.line) else { return .ended(end()) }
        let deadline = ContinuousClock.now + .milliseconds(Int(min(max(timeout, 0), 86_400 * 7) * 1000))
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            let seconds = Double(left.components.seconds) + Double(left.components.attoseconds) * 1e-18
            switch channel.readLine(within: min(max(seconds, 0), 0.1)) {
            case .line(let line):
                guard let reply = CellWorkerReply(line: line) else { return .ended(end()) }
                answered += 1
                if reply.last { end() }
                return .replied(status: reply.status, last: reply.last)
            case .closed:
                return .ended(end())
            case .timedOut:
                if [request.standardOutput, request.standardError].contains(where: { Self.size($0) > outputLimit }) {
                    end()
                    return .tooMuchOutput
                }
                if left <= .zero {
                    end()
                    return .timedOut
                }
            }
        }
    }

    /// Kills the worker's process group (it may hang in a cell, or wait for a request), reaps it and ends what
    /// it started that escaped the group; returns how it ended (the first call's answer, every time). Call once the
    /// worker has no request to answer, or to stop the one it runs.
    @discardableResult
    func end() -> ChildOutput.Termination {
        ending.withLock { ending in
            if let ending { return ending }
            channel.close()
            // A worker that ended by itself (crashed, exit()) is a zombie until reaped: its status is its own.
            var status: Int32 = 0
            var reaped = waitpid(pid, &status, WNOHANG)
            if reaped == 0 {
                kill(-pid, SIGKILL)
                kill(pid, SIGKILL)
                repeat { reaped = waitpid(pid, &status, 0) } while reaped < 0 && errno == EINTR
            } else {
                ChildGroup.endLeftovers(of: pid)
            }
            token.killMarkedProcesses()
            ending = Self.termination(status)
            return ending!
        }
    }

    /// Kills the worker from another thread (its build was cancelled): the request it runs ends as `ended`. Does
    /// nothing once it was reaped (its pid may be another process's by then).
    func interrupt() {
        ending.withLock { ending in
            guard ending == nil else { return }
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
        }
    }

    /// The size of the file at `path` (0 when there is none).
    private static func size(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    private static func termination(_ status: Int32) -> ChildOutput.Termination {
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .signaled(signal)
    }
}

/// Calls `body` with `strings` as a NULL-terminated array of C strings.
private func withCStrings<Result>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
}
