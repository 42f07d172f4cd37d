import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A raw HTTP/1.1 client for the preview-server tests: sends exactly the bytes given (so `..`, odd Host headers and
/// half-sent requests reach the server as written) and reads the answer with a receive timeout.
package struct ServeClient {
    package struct Response {
        package var status: Int
        package var headers: [String: String]
        package var body: String
    }

    package enum Failure: Error { case connect(Int32), timedOut, malformed(String) }

    package let port: Int

    package init(port: Int) {
        self.port = port
    }

    /// A connected socket to 127.0.0.1:`port` whose reads give up after `timeout` seconds.
    package func connect(timeout: Double = 10) throws -> Int32 {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var limit = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            let code = errno
            close(descriptor)
            throw Failure.connect(code)
        }
        return descriptor
    }

    package static func send(_ text: String, on descriptor: Int32) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    /// `METHOD target` with `Host: host` (none when `nil`) and `Connection: close`; the whole answer, parsed.
    package func request(_ target: String, method: String = "GET", host: String? = "localhost") throws -> Response {
        let descriptor = try connect()
        defer { close(descriptor) }
        let hostLine = host.map { "Host: \($0)\r\n" } ?? ""
        Self.send("\(method) \(target) HTTP/1.1\r\n\(hostLine)Connection: close\r\n\r\n", on: descriptor)
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            if count < 0 { throw Failure.timedOut }
            if count == 0 { break }
            answer += buffer[..<count]
        }
        return try Self.parse(String(decoding: answer, as: UTF8.self))
    }

    package static func parse(_ text: String) throws -> Response {
        guard let split = text.range(of: "\r\n\r\n") else { throw Failure.malformed(text) }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let statusParts = head[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw Failure.malformed(text) }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[split.upperBound...]))
    }
}
