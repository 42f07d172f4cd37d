import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The preview server of `docgen serve`: FlyingFox on 127.0.0.1, one task per connection (an idle client blocks no
/// one), answering with `PreviewHandler`.
public final class PreviewServer: Sendable {
    private let http: HTTPServer
    private let hub: LiveReloadHub
    private let requestedPort: UInt16
    private let running = Mutex<Task<Void, Never>?>(nil)

    /// A server for the files of `root` on 127.0.0.1:`port` (0: a free port), with live reload from `hub`.
    public init(root: String, port: UInt16, hub: LiveReloadHub) throws(ServeError) {
        let address: sockaddr_in
        do { address = try .inet(ip4: "127.0.0.1", port: port) } catch { throw .socket("\(error)") }
        self.http = HTTPServer(
            address: address, timeout: 15, logger: .disabled, handler: PreviewHandler(root: root, hub: hub))
        self.hub = hub
        self.requestedPort = port
    }

    /// Binds and starts answering in the background; returns the port listened on once it listens.
    public func start() async throws(ServeError) -> Int {
        let failure = Mutex<(any Error)?>(nil)
        let http = self.http
        let task = Task {
            do { try await http.run() } catch { failure.withLock { $0 = error } }
        }
        running.withLock { $0 = task }
        while await !http.isListening {
            if let error = failure.withLock({ $0 }) { throw ServeError.listen(port: Int(requestedPort), error) }
            try? await Task.sleep(for: .milliseconds(5))
        }
        guard case .ip4(_, let port) = await http.listeningAddress else { return Int(requestedPort) }
        return Int(port)
    }

    /// Ends every event stream, closes the listening socket and the connections (at most `timeout` seconds).
    public func stop(timeout: Double = 0.2) async {
        hub.finish()
        await http.stop(timeout: timeout)
        if let task = running.withLock({ $0 }) { await task.value }
    }
}
