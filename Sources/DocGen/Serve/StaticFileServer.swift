import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Serves a folder over HTTP on 127.0.0.1 (GET and HEAD; one request per connection) to preview a built site.
/// Only files inside the folder are served: paths with `..` segments are refused.
public final class StaticFileServer: Sendable {
    /// The port actually listened on (useful when 0 was asked for).
    public let port: Int
    private let root: String
    private let listener: Int32

    /// Binds and listens on 127.0.0.1:`port` (0 picks a free port).
    public init(root: String, port: Int) throws(ServeError) {
        self.root = root
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw .socket(String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw .socket("cannot listen on 127.0.0.1:\(port): \(reason)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        self.port = Int(UInt16(bigEndian: address.sin_port))
        self.listener = descriptor
    }

    /// Accepts and answers connections until the process ends.
    public func serveForever() -> Never {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { continue }
            answer(connection)
            close(connection)
        }
    }

    private func answer(_ connection: Int32) {
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = read(connection, &buffer, buffer.count)
        guard count > 0 else { return }
        let request = String(decoding: buffer[..<count], as: UTF8.self)
        let response = HTTPResponse.answer(requestLine: String(request.prefix { $0 != "\r" && $0 != "\n" }), root: root)
        let bytes = response.bytes
        var sent = 0
        while sent < bytes.count {
            let written = bytes[sent...].withUnsafeBytes { write(connection, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            sent += written
        }
    }
}
