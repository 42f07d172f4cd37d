import Synchronization

/// The live loop's shared state: which build the served site is, the latest build's problem, and the event-stream
/// clients to tell when a build lands. Builds publish here; the server reads it. One lock guards it all.
package final class LiveReloadHub: Sendable {
    private struct State {
        var build = 0
        var problem: BuildProblem?
        var clients: [Int: AsyncStream<[UInt8]>.Continuation] = [:]
        var nextClient = 0
        var finished = false
    }

    private let state = Mutex(State())
    /// Distinguishes this server process, so a page served by an earlier `docgen serve` reloads on reconnect.
    private let session: String

    package init(session: String = String(UInt64.random(in: 1...UInt64.max), radix: 36)) {
        self.session = session
    }

    /// The id of the site now served (`<session>-<build>`), embedded in every served page.
    package var buildID: String { state.withLock { "\(session)-\($0.build)" } }

    /// The latest build's problem, if it failed.
    package var problem: BuildProblem? { state.withLock { $0.problem } }

    /// Number of event-stream clients connected.
    package var clientCount: Int { state.withLock { $0.clients.count } }

    /// Records a finished build (its problem, or `nil` when it succeeded) and sends `event: reload` to every client.
    package func published(problem: BuildProblem?) {
        state.withLock { state in
            state.build += 1
            state.problem = problem
            let id = "\(session)-\(state.build)"
            let event = Array("id: \(id)\nevent: reload\ndata: \(id)\n\n".utf8)
            for client in state.clients.values { client.yield(event) }
        }
    }

    /// Sends an SSE comment to every client, so connections whose browser went away are noticed and closed.
    package func heartbeat() {
        state.withLock { state in
            for client in state.clients.values { client.yield(Array(": ping\n\n".utf8)) }
        }
    }

    /// A new client's event stream: first `event: hello` with the current build id (the page reloads if it was
    /// served by another build), then one `event: reload` per build.
    func subscribe() -> AsyncStream<[UInt8]> {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let client: Int? = state.withLock { state in
            guard !state.finished else { return nil }
            let client = state.nextClient
            state.nextClient += 1
            state.clients[client] = continuation
            continuation.yield(Array("retry: 500\nevent: hello\ndata: \(session)-\(state.build)\n\n".utf8))
            return client
        }
        guard let client else {
            continuation.finish()
            return stream
        }
        continuation.onTermination = { [weak self] _ in
            _ = self?.state.withLock { $0.clients.removeValue(forKey: client) }
        }
        return stream
    }

    /// Ends every event stream (the server is stopping); later subscribers get an empty stream.
    package func finish() {
        let clients = state.withLock { state in
            state.finished = true
            defer { state.clients = [:] }
            return Array(state.clients.values)
        }
        for client in clients { client.finish() }
    }
}
