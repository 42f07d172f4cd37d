import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The preview server of `docgen serve` on 127.0.0.1: FlyingSocks' sockets and FlyingFox's request and response
/// types, with its own accept loop and request reading (`PreviewConnection`, `RequestHead`), since FlyingFox's
/// `HTTPServer` stops accepting for good on the first failed `accept()` (no descriptor left: EMFILE) and never times
/// a client out.
///
/// Here a failed accept is retried after a pause (up to a second) and said once per run of failures, at most once per
/// `troubleInterval` (with how many runs were not said); at most `maxConnections` clients are held, and when that many
/// are open and another connects, or no descriptor is left, the one waiting longest for its next request (else the
/// oldest, an event stream) is disconnected to make room; a client that has not sent a whole request head within
/// `headTimeout` seconds (idle or sending slowly) is disconnected.
package final class PreviewServer: Sendable {
    private let handler: PreviewHandler
    private let hub: LiveReloadHub
    private let requestedPort: UInt16
    private let listener: Socket
    private let pool: any AsyncSocketPool
    /// Seconds a client has to send a request head (also the longest an idle kept-alive connection is held).
    package let headTimeout: Double
    /// Connections held at once.
    package let maxConnections: Int
    /// Told when accepting fails (and when it works again), for the terminal: at most once per `troubleInterval`.
    private let trouble: @Sendable (String) -> Void
    /// The shortest time between two "accepting failed" lines (the failures in between are counted).
    package let troubleInterval: Duration
    private let connections = Mutex(ConnectionTable())
    private let tasks = Mutex<[Task<Void, Never>]>([])

    /// A server for the files of `root` on 127.0.0.1:`port` (0: a free port), with live reload from `hub`. It binds
    /// and listens at once, so a port in use is an error here.
    package init(
        root: String, port: UInt16, hub: LiveReloadHub, headTimeout: Double = 10, maxConnections: Int? = nil,
        troubleInterval: Duration = .seconds(10), trouble: @escaping @Sendable (String) -> Void = { _ in }
    ) throws(ServeError) {
        let address: sockaddr_in
        do { address = try .inet(ip4: "127.0.0.1", port: port) } catch { throw .socket("\(error)") }
        do {
            listener = try Socket(domain: AF_INET)
            try listener.setValue(true, for: .localAddressReuse)
            try listener.bind(to: address)
            try listener.listen()
        } catch {
            throw .listen(port: Int(port), error)
        }
        self.handler = PreviewHandler(root: root, hub: hub)
        self.hub = hub
        self.requestedPort = port
        self.pool = HTTPServer.defaultPool()
        self.headTimeout = headTimeout
        self.maxConnections = maxConnections ?? Self.defaultMaxConnections
        self.trouble = trouble
        self.troubleInterval = troubleInterval
    }

    /// Half the descriptors this process may open beyond 64 kept for the build (cells, swiftc, files), 4 to 512.
    static var defaultMaxConnections: Int {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0 else { return 64 }
        let soft = limit.rlim_cur == rlim_t.max ? 1 << 20 : Int(clamping: limit.rlim_cur)
        return min(512, max(4, (soft - 64) / 2))
    }

    /// Starts answering in the background; returns the port listened on.
    package func start() async throws(ServeError) -> Int {
        do { try await pool.prepare() } catch { throw .socket("\(error)") }
        let listening: AsyncSocket
        do { listening = try AsyncSocket(socket: listener, pool: pool) } catch { throw .socket("\(error)") }
        let pool = self.pool
        let poolTask = Task { _ = try? await pool.run() }
        let acceptTask = Task { await self.acceptLoop(listening) }
        tasks.withLock { $0 = [poolTask, acceptTask] }
        guard case .ip4(_, let port) = try? listener.sockname() else { return Int(requestedPort) }
        return Int(port)
    }

    /// Ends every event stream and connection, then closes the listening socket.
    package func stop(timeout: Double = 0.2) async {
        hub.finish()
        let running = tasks.withLock { tasks in
            defer { tasks = [] }
            return tasks
        }
        running.last?.cancel()  // the accept loop first: no new connection
        await running.last?.value
        for task in connections.withLock({ $0.removeAll() }) { task.cancel() }
        try? listener.close()
        running.first?.cancel()
        _ = timeout
    }

    /// Accepts until cancelled; a failed accept never ends the loop.
    private func acceptLoop(_ listening: AsyncSocket) async {
        var pause: Duration = .milliseconds(10)
        var failing = false
        // Whether this run of failures was said (then its end is said too).
        var said = false
        var throttle = WarningThrottle(interval: troubleInterval)
        while !Task.isCancelled {
            let client: AsyncSocket
            do {
                client = try await listening.accept()
            } catch {
                if Task.isCancelled { return }
                if !failing {
                    failing = true
                    said = false
                    if let heldBack = throttle.allow() {
                        said = true
                        let earlier = heldBack == 0 ? "" : "; \(heldBack) more time(s) since the last such line"
                        trouble(
                            "serve: accepting a connection failed (\(Self.reason(error))), with "
                                + "\(connections.withLock { $0.count }) open; retrying\(earlier)")
                    }
                }
                // No descriptor left: make room by disconnecting the client that waits longest, then retry.
                connections.withLock { $0.evictOldestIdle() ?? $0.evictOldest() }?.cancel()
                try? await Task.sleep(for: pause)
                pause = min(pause * 2, .seconds(1))
                continue
            }
            if failing {
                failing = false
                if said { trouble("serve: accepting connections again") }
            }
            pause = .milliseconds(10)
            if connections.withLock({ $0.count }) >= maxConnections {
                // Full: the client waiting longest for its next request goes, else the oldest connection (an event
                // stream held open), so that a client holding streams cannot lock everyone else out. Only when a new
                // client is there, and never that one (it is not in the table yet): evicting as soon as the table was
                // full closed each new connection before it could read its request.
                connections.withLock { $0.evictOldestIdle() ?? $0.evictOldest() }?.cancel()
            }
            start(client)
        }
    }

    private func start(_ client: AsyncSocket) {
        let id = connections.withLock { $0.reserve() }
        let connection = PreviewConnection(
            socket: client, handler: handler, headTimeout: headTimeout, writeTimeout: 30,
            idle: { [self] idle in connections.withLock { $0.setIdle(id, idle) } })
        let task = Task { [self] in
            await connection.serve()
            _ = connections.withLock { $0.remove(id) }
        }
        connections.withLock { $0.attach(task, to: id) }
    }

    private static func reason(_ error: any Error) -> String {
        if case SocketError.failed(_, let code, _) = error { return String(cString: strerror(code)) }
        return "\(error)"
    }
}

/// The preview server's open connections: each one's task and, while it waits for a request, since when.
struct ConnectionTable: Sendable {
    private struct Entry {
        var task: Task<Void, Never>?
        var idleSince: ContinuousClock.Instant?
    }

    private var entries: [Int: Entry] = [:]
    private var nextID = 0

    var count: Int { entries.count }

    /// A new connection's id, counted at once.
    mutating func reserve() -> Int {
        nextID += 1
        entries[nextID] = Entry(task: nil, idleSince: .now)
        return nextID
    }

    /// Records the task serving connection `id` (unless it already finished).
    mutating func attach(_ task: Task<Void, Never>, to id: Int) {
        entries[id]?.task = task
    }

    mutating func setIdle(_ id: Int, _ idle: Bool) {
        entries[id]?.idleSince = idle ? .now : nil
    }

    mutating func remove(_ id: Int) -> Task<Void, Never>? {
        entries.removeValue(forKey: id)?.task
    }

    /// Removes the connection idle longest and returns its task, to cancel; `nil` when none is idle.
    mutating func evictOldestIdle() -> Task<Void, Never>? {
        let idle = entries.compactMap { id, entry in entry.idleSince.map { (id, $0) } }
        guard let oldest = idle.min(by: { $0.1 < $1.1 }) else { return nil }
        return remove(oldest.0)
    }

    /// Removes the connection opened first and returns its task, to cancel; `nil` when there is none.
    mutating func evictOldest() -> Task<Void, Never>? {
        guard let oldest = entries.keys.min() else { return nil }
        return remove(oldest)
    }

    /// Removes every connection and returns their tasks.
    mutating func removeAll() -> [Task<Void, Never>] {
        defer { entries = [:] }
        return entries.values.compactMap(\.task)
    }
}
