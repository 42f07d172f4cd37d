import FlyingFox
import FlyingSocks
import Foundation

/// One client connection of the preview server: reads request heads (`RequestHead`, size-capped, within
/// `headTimeout` seconds each, idle time included), answers each with the handler, and closes on a refusal, a body it
/// does not read, `Connection: close`, a client too slow to send or to read, or an error.
struct PreviewConnection: Sendable {
    let socket: AsyncSocket
    let handler: PreviewHandler
    /// Seconds for a whole request head to arrive (a slow or idle client is disconnected after it).
    let headTimeout: Double
    /// Seconds for one write of a response to be taken by the client.
    let writeTimeout: Double
    /// Told when the connection waits for a request (`true`, evictable) or is answering one (`false`).
    let idle: @Sendable (Bool) -> Void

    func serve() async {
        var buffer: [UInt8] = []
        defer { try? socket.close() }
        while !Task.isCancelled {
            idle(true)
            let head: RequestHead
            do {
                guard let read = try await readHead(&buffer) else { return }
                head = read
            } catch let refusal as RequestHead.Refusal {
                idle(false)
                _ = try? await send(refusalResponse(refusal), keepAlive: false)
                return
            } catch {
                return  // a deadline passed, the client left, or the server stops
            }
            idle(false)
            let keepAlive = head.keepsAlive && !head.hasBody
            let response = await handler.respond(to: head)
            do {
                try await send(response, keepAlive: keepAlive)
            } catch {
                return
            }
            if !keepAlive { return }
        }
    }

    /// Reads until a whole head is in `buffer`, parses it and keeps the bytes after it; `nil` when the client
    /// closed the connection between requests.
    private func readHead(_ buffer: inout [UInt8]) async throws -> RequestHead? {
        let start = ContinuousClock.now
        var scanned = 0
        while true {
            if let end = try RequestHead.end(in: buffer, scanned: &scanned) {
                let head = try RequestHead.parse(buffer[..<end])
                buffer.removeFirst(end)
                return head
            }
            let elapsed = ContinuousClock.now - start
            let left = headTimeout - Double(elapsed.components.seconds) - Double(elapsed.components.attoseconds) * 1e-18
            guard left > 0 else { throw DeadlinePassed() }
            let socket = self.socket
            let bytes = try await withDeadline(left) { try await socket.read(atMost: 4096) }
            if bytes.isEmpty {
                if buffer.isEmpty { return nil }
                throw RequestHead.Refusal.badRequest("the connection ended inside the request head")
            }
            buffer.append(contentsOf: bytes)
        }
    }

    private func send(_ response: HTTPResponse, keepAlive: Bool) async throws {
        try await write(ResponseEncoding.head(of: response, keepAlive: keepAlive))
        guard case .httpBody(let body) = response.payload else { return }
        let chunked = response.headers[.contentLength] == nil && body.count == nil
        for try await part in body where !part.isEmpty {
            try await write(chunked ? ResponseEncoding.chunk(part) : part)
        }
        if chunked { try await write(ResponseEncoding.chunk(Data())) }
    }

    private func write(_ data: Data) async throws {
        let socket = self.socket
        try await withDeadline(writeTimeout) { try await socket.write(data) }
    }

    private func refusalResponse(_ refusal: RequestHead.Refusal) -> HTTPResponse {
        HTTPResponse(
            statusCode: refusal.status,
            headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
            body: Data(refusal.message.utf8))
    }
}
